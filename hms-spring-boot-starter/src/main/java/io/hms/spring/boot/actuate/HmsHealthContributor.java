package io.hms.spring.boot.actuate;

import io.hms.api.HealthStatus;
import io.hms.core.Hms;
import io.hms.core.healer.Incident;
import java.util.stream.Stream;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Actuator's view of HMS's components: a health indicator per component, grouped under {@code hms}
 * ({@code /actuator/health/hms}, {@code /actuator/health/hms/<component>}). A component DOWN in HMS is DOWN, one UP
 * is UP; a DEGRADED one is UP with {@code "degraded": true} (it is served, only worse than normal), and one not judged
 * yet is UNKNOWN. The details carry when HMS last judged it, the reason, the breaker's state, the open incident and
 * the policy version. The components are read at each request, so a component registered at run time shows too.
 */
public final class HmsHealthContributor implements CompositeHealthContributor {

    private final Hms hms;

    /** @param hms the runtime whose components are shown */
    public HmsHealthContributor(Hms hms) {
        this.hms = hms;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return hms.registry().component(name).isPresent() ? indicator(name) : null;
    }

    @Override
    public Stream<Entry> stream() {
        return hms.registry().componentNames().stream().sorted().map(name -> new Entry(name, indicator(name)));
    }

    private HealthIndicator indicator(String component) {
        return () -> health(component);
    }

    /** The health of {@code component} as Actuator shows it. */
    Health health(String component) {
        io.hms.api.Health judged = hms.health(component);
        Health.Builder health = switch (judged.status()) {
            case UP -> Health.up();
            case DEGRADED -> Health.up().withDetail("degraded", true);
            case DOWN -> Health.down();
            case UNKNOWN -> Health.unknown();
        };
        if (judged.status() != HealthStatus.UP && !judged.reason().isEmpty()) {
            health.withDetail("reason", judged.reason());
        }
        health.withDetail("judgedAt", judged.time().toString());
        health.withDetail("breaker", hms.guard(component).breakerState().name());
        hms.incidents().stream().filter(i -> i.component().equals(component) && i.isOpen()).map(Incident::id)
                .reduce((first, last) -> last).ifPresent(id -> health.withDetail("incident", id));
        health.withDetail("policyVersion", hms.registry().policy(component).version());
        return health.build();
    }
}
