package io.hms.spring.boot;

import io.hms.core.registry.RegistrationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Spring Boot's report of a start that HMS refused, in place of a stack trace: an {@code hms.*} property it cannot
 * use, or a function it cannot register (a wrong signature, an unknown component), each with what to change.
 */
public final class HmsFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HmsPropertyException property) {
                return new FailureAnalysis("HMS cannot use the value of " + property.getMessage(),
                        "Change " + property.property() + " in the application's configuration"
                                + " (application.properties or application.yaml).", property);
            }
            if (cause instanceof RegistrationException registration) {
                return new FailureAnalysis("HMS refused a registration: " + registration.getMessage(),
                        "Change the method or component named above; each problem says how.", registration);
            }
        }
        return null;
    }
}
