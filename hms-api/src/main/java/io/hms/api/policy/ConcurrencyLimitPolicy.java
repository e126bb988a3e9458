package io.hms.api.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How many calls may be in flight to a component at once, and how that number adapts.
 *
 * @param algorithm        how the limit adapts
 * @param initialLimit     the limit at start, within [minLimit, maxLimit]
 * @param minLimit         the lowest the limit may shrink to; at least 1
 * @param maxLimit         the highest it may grow to
 * @param backoffRatio     AIMD: the factor applied on a drop, in [0.5, 1)
 * @param latencyThreshold AIMD: a call slower than this counts as a drop
 * @param tolerance        GRADIENT: how far recent RTT may exceed the no-load RTT before the limit
 *                         shrinks, at least 1.0 (1.5 = 50 % slower is tolerated)
 * @param maxWait          how long a call that finds the limit full waits for a place before it is
 *                         refused, at most {@link #LONGEST_WAIT}; zero (the default) refuses it at once.
 *                         The wait comes before the attempt's timeout starts, so a caller waits at most
 *                         {@code maxWait} plus the timeout per attempt. A short wait (a fraction of the
 *                         dependency's latency) turns refusals into calls served when arrivals bunch up;
 *                         null reads as zero, as a policy stored before this setting existed reads
 */
public record ConcurrencyLimitPolicy(
        LimitAlgorithm algorithm, int initialLimit, int minLimit, int maxLimit,
        double backoffRatio, Duration latencyThreshold, double tolerance, Duration maxWait) {

    /** The longest {@link #maxWait} accepted: one minute. */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    /** Validates the fields. */
    public ConcurrencyLimitPolicy {
        Objects.requireNonNull(algorithm, "algorithm");
        Checks.atLeast(minLimit, 1, "minLimit");
        Checks.atLeast(maxLimit, minLimit, "maxLimit");
        if (initialLimit < minLimit || initialLimit > maxLimit) {
            throw new IllegalArgumentException("initialLimit must be in [minLimit=" + minLimit
                    + ", maxLimit=" + maxLimit + "], got " + initialLimit);
        }
        if (!(backoffRatio >= 0.5 && backoffRatio < 1.0)) {
            throw new IllegalArgumentException("backoffRatio must be in [0.5, 1), got " + backoffRatio);
        }
        Checks.positive(latencyThreshold, "latencyThreshold");
        Checks.between(tolerance, 1.0, 100.0, "tolerance");
        maxWait = maxWait == null ? Duration.ZERO : Checks.notNegative(maxWait, "maxWait");
        if (maxWait.compareTo(LONGEST_WAIT) > 0) {
            throw new IllegalArgumentException("maxWait must be at most " + LONGEST_WAIT + ", got " + maxWait
                    + "; a call that waits longer for a place is better refused");
        }
    }

    /** A policy that refuses a call at once when the limit is full ({@code maxWait} zero). */
    public ConcurrencyLimitPolicy(LimitAlgorithm algorithm, int initialLimit, int minLimit, int maxLimit,
                                  double backoffRatio, Duration latencyThreshold, double tolerance) {
        this(algorithm, initialLimit, minLimit, maxLimit, backoffRatio, latencyThreshold, tolerance, Duration.ZERO);
    }

    /** AIMD from 20 in [1, 200], backoff 0.9, calls over 1 s count as drops, no wait for a place. */
    public static ConcurrencyLimitPolicy defaults() {
        return new ConcurrencyLimitPolicy(LimitAlgorithm.AIMD, 20, 1, 200, 0.9, Duration.ofSeconds(1), 1.5);
    }

    /** A fixed limit of {@code limit}, no wait for a place. */
    public static ConcurrencyLimitPolicy fixed(int limit) {
        return new ConcurrencyLimitPolicy(LimitAlgorithm.FIXED, limit, limit, limit, 0.9, Duration.ofSeconds(1), 1.5);
    }

    /** This policy with another algorithm. */
    public ConcurrencyLimitPolicy withAlgorithm(LimitAlgorithm newAlgorithm) {
        return new ConcurrencyLimitPolicy(newAlgorithm, initialLimit, minLimit, maxLimit, backoffRatio,
                latencyThreshold, tolerance, maxWait);
    }

    /** This policy with other bounds. */
    public ConcurrencyLimitPolicy withBounds(int newInitial, int newMin, int newMax) {
        return new ConcurrencyLimitPolicy(algorithm, newInitial, newMin, newMax, backoffRatio,
                latencyThreshold, tolerance, maxWait);
    }

    /** This policy with another AIMD latency threshold. */
    public ConcurrencyLimitPolicy withLatencyThreshold(Duration newThreshold) {
        return new ConcurrencyLimitPolicy(algorithm, initialLimit, minLimit, maxLimit, backoffRatio,
                newThreshold, tolerance, maxWait);
    }

    /** This policy with another {@link #maxWait} for a place; zero refuses at once. */
    public ConcurrencyLimitPolicy withMaxWait(Duration newMaxWait) {
        return new ConcurrencyLimitPolicy(algorithm, initialLimit, minLimit, maxLimit, backoffRatio,
                latencyThreshold, tolerance, newMaxWait);
    }
}
