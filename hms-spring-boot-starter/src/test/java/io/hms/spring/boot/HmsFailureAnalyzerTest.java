package io.hms.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.core.registry.RegistrationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class HmsFailureAnalyzerTest {

    private final HmsFailureAnalyzer analyzer = new HmsFailureAnalyzer();

    @Test
    void aPropertyHmsCannotUseIsReportedWithItsNameAndWhereToChangeIt() {
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("hms", "factory method failed",
                new HmsPropertyException("hms.components.db.breaker", "failureRateThreshold must be in (0, 100]")));

        assertThat(analysis.getDescription()).isEqualTo("HMS cannot use the value of hms.components.db.breaker:"
                + " failureRateThreshold must be in (0, 100]");
        assertThat(analysis.getAction()).startsWith("Change hms.components.db.breaker in the application's configuration");
    }

    @Test
    void aRefusedRegistrationIsReportedWithHmssMessage() {
        FailureAnalysis analysis = analyzer.analyze(new RegistrationException(List.of(
                "com.acme.Db#ping(String): a @HealthCheck method takes no arguments; change its parameters")));

        assertThat(analysis.getDescription()).contains("com.acme.Db#ping(String)");
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
