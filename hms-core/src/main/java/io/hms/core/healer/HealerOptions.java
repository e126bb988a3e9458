package io.hms.core.healer;

import java.time.Duration;
import java.util.Objects;

/**
 * The healer's settings: an immutable value that refuses a bad argument at once, naming it and the
 * value it got.
 *
 * <pre>{@code
 * HealerOptions options = HealerOptions.defaults()
 *         .withMaxConcurrentRepairs(2)
 *         .withEscalationBackoff(Duration.ofSeconds(2), Duration.ofMinutes(1));
 * }</pre>
 *
 * @param maxConcurrentRepairs how many repair passes may run at once over all components; components
 *                             that wait for a slot are served first come, first served; at least 1
 * <p>How long a closed incident may be re-opened, and how long a repair's verification waits for the
 * callers, are settings of each component's {@link io.hms.api.policy.Playbook}.
 *
 * @param escalationBackoff    the wait before the second pass over the playbook, and (at most) before
 *                             retrying a lock held by another instance; positive
 * @param maxEscalationBackoff the cap of the wait between passes, which doubles after every failed pass;
 *                             at least {@code escalationBackoff}
 * @param lockLease            how long the component's coordinator lock is leased; a pass renews it every
 *                             third of it while it runs, so this is how soon another instance may take the
 *                             repair over after the holder dies (a lock held by another is retried every
 *                             third of it); positive
 */
public record HealerOptions(int maxConcurrentRepairs, Duration escalationBackoff,
                            Duration maxEscalationBackoff, Duration lockLease) {

    /** Validates the fields. */
    public HealerOptions {
        if (maxConcurrentRepairs < 1) {
            throw new IllegalArgumentException("maxConcurrentRepairs must be at least 1, got " + maxConcurrentRepairs);
        }
        Objects.requireNonNull(escalationBackoff, "escalationBackoff");
        Objects.requireNonNull(maxEscalationBackoff, "maxEscalationBackoff");
        Objects.requireNonNull(lockLease, "lockLease");
        requirePositive(escalationBackoff, "escalationBackoff");
        requirePositive(lockLease, "lockLease");
        if (maxEscalationBackoff.compareTo(escalationBackoff) < 0) {
            throw new IllegalArgumentException("maxEscalationBackoff must be at least escalationBackoff="
                    + escalationBackoff + ", got " + maxEscalationBackoff);
        }
    }

    /** 4 concurrent repairs, 5 s backoff doubling up to 5 min, 15 s lock lease (renewed while a pass runs). */
    public static HealerOptions defaults() {
        return new HealerOptions(4, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(15));
    }

    /** These options with another repair budget. */
    public HealerOptions withMaxConcurrentRepairs(int newMax) {
        return new HealerOptions(newMax, escalationBackoff, maxEscalationBackoff, lockLease);
    }

    /** These options with another escalation backoff and cap. */
    public HealerOptions withEscalationBackoff(Duration initial, Duration max) {
        return new HealerOptions(maxConcurrentRepairs, initial, max, lockLease);
    }

    /** These options with another lock lease. */
    public HealerOptions withLockLease(Duration newLease) {
        return new HealerOptions(maxConcurrentRepairs, escalationBackoff, maxEscalationBackoff, newLease);
    }

    private static void requirePositive(Duration value, String field) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
    }
}
