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
 *         .withCooldown(Duration.ofMinutes(1));
 * }</pre>
 *
 * @param maxConcurrentRepairs how many repair passes may run at once over all components; components
 *                             that wait for a slot are served first come, first served; at least 1
 * @param cooldown             after an incident closes, how long a new trigger for the same component is
 *                             held back (it is acted on at the end of the cooldown if the component is
 *                             still DOWN); zero for none
 * @param escalationBackoff    the wait before the second pass over the playbook, and before retrying a
 *                             lock held by another instance; positive
 * @param maxEscalationBackoff the cap of the wait between passes, which doubles after every failed pass;
 *                             at least {@code escalationBackoff}
 * @param lockLease            how long the component's coordinator lock is leased for one pass; positive
 */
public record HealerOptions(int maxConcurrentRepairs, Duration cooldown, Duration escalationBackoff,
                            Duration maxEscalationBackoff, Duration lockLease) {

    /** Validates the fields. */
    public HealerOptions {
        if (maxConcurrentRepairs < 1) {
            throw new IllegalArgumentException("maxConcurrentRepairs must be at least 1, got " + maxConcurrentRepairs);
        }
        Objects.requireNonNull(cooldown, "cooldown");
        Objects.requireNonNull(escalationBackoff, "escalationBackoff");
        Objects.requireNonNull(maxEscalationBackoff, "maxEscalationBackoff");
        Objects.requireNonNull(lockLease, "lockLease");
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("cooldown must not be negative, got " + cooldown);
        }
        requirePositive(escalationBackoff, "escalationBackoff");
        requirePositive(lockLease, "lockLease");
        if (maxEscalationBackoff.compareTo(escalationBackoff) < 0) {
            throw new IllegalArgumentException("maxEscalationBackoff must be at least escalationBackoff="
                    + escalationBackoff + ", got " + maxEscalationBackoff);
        }
    }

    /** 4 concurrent repairs, 30 s cooldown, 5 s backoff doubling up to 5 min, 5 min lock lease. */
    public static HealerOptions defaults() {
        return new HealerOptions(4, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(5));
    }

    /** These options with another repair budget. */
    public HealerOptions withMaxConcurrentRepairs(int newMax) {
        return new HealerOptions(newMax, cooldown, escalationBackoff, maxEscalationBackoff, lockLease);
    }

    /** These options with another cooldown. */
    public HealerOptions withCooldown(Duration newCooldown) {
        return new HealerOptions(maxConcurrentRepairs, newCooldown, escalationBackoff, maxEscalationBackoff, lockLease);
    }

    /** These options with another escalation backoff and cap. */
    public HealerOptions withEscalationBackoff(Duration initial, Duration max) {
        return new HealerOptions(maxConcurrentRepairs, cooldown, initial, max, lockLease);
    }

    /** These options with another lock lease. */
    public HealerOptions withLockLease(Duration newLease) {
        return new HealerOptions(maxConcurrentRepairs, cooldown, escalationBackoff, maxEscalationBackoff, newLease);
    }

    private static void requirePositive(Duration value, String field) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
    }
}
