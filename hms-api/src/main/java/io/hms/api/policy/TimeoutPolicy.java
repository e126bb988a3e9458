package io.hms.api.policy;

import java.time.Duration;

/**
 * How long one attempt of a guarded call may take. The guard interrupts the calling thread at the
 * deadline and reports the attempt as timed out; {@link Duration#ZERO} means no timeout.
 *
 * @param timeout the deadline of one attempt, zero for none
 */
public record TimeoutPolicy(Duration timeout) {

    /** Validates the field. */
    public TimeoutPolicy {
        Checks.notNegative(timeout, "timeout");
    }

    /** No timeout. */
    public static TimeoutPolicy none() {
        return new TimeoutPolicy(Duration.ZERO);
    }

    /** A timeout of {@code timeout}. */
    public static TimeoutPolicy of(Duration timeout) {
        return new TimeoutPolicy(timeout);
    }

    /** Whether a deadline applies. */
    public boolean enabled() {
        return !timeout.isZero();
    }
}
