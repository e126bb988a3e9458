package io.hms.api.policy;

import java.time.Duration;

/**
 * How a component's health is checked and judged.
 *
 * <p>Hysteresis keeps one bad check from declaring a component DOWN: it takes
 * {@code failuresToDown} consecutive failed checks to go DOWN and {@code successesToUp} consecutive
 * good ones to come back UP.
 *
 * @param interval       how often each health check runs, unless its descriptor says otherwise
 * @param timeout        how long one check may take before it counts as failed
 * @param failuresToDown consecutive failures that turn the component DOWN; at least 1
 * @param successesToUp  consecutive successes that turn it UP again; at least 1
 */
public record HealthPolicy(Duration interval, Duration timeout, int failuresToDown, int successesToUp) {

    /** Validates the fields. */
    public HealthPolicy {
        Checks.positive(interval, "interval");
        Checks.positive(timeout, "timeout");
        Checks.atLeast(failuresToDown, 1, "failuresToDown");
        Checks.atLeast(successesToUp, 1, "successesToUp");
    }

    /** Every second, 500 ms timeout, 3 failures to DOWN, 2 successes to UP. */
    public static HealthPolicy defaults() {
        return new HealthPolicy(Duration.ofSeconds(1), Duration.ofMillis(500), 3, 2);
    }

    /** This policy with another check interval. */
    public HealthPolicy withInterval(Duration newInterval) {
        return new HealthPolicy(newInterval, timeout, failuresToDown, successesToUp);
    }

    /** This policy with another check timeout. */
    public HealthPolicy withTimeout(Duration newTimeout) {
        return new HealthPolicy(interval, newTimeout, failuresToDown, successesToUp);
    }

    /** This policy with other hysteresis thresholds. */
    public HealthPolicy withHysteresis(int newFailuresToDown, int newSuccessesToUp) {
        return new HealthPolicy(interval, timeout, newFailuresToDown, newSuccessesToUp);
    }
}
