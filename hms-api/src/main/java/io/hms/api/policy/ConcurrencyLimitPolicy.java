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
 */
public record ConcurrencyLimitPolicy(
        LimitAlgorithm algorithm, int initialLimit, int minLimit, int maxLimit,
        double backoffRatio, Duration latencyThreshold, double tolerance) {

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
    }

    /** AIMD from 20 in [1, 200], backoff 0.9, calls over 1 s count as drops. */
    public static ConcurrencyLimitPolicy defaults() {
        return new ConcurrencyLimitPolicy(LimitAlgorithm.AIMD, 20, 1, 200, 0.9, Duration.ofSeconds(1), 1.5);
    }

    /** A fixed limit of {@code limit}. */
    public static ConcurrencyLimitPolicy fixed(int limit) {
        return new ConcurrencyLimitPolicy(LimitAlgorithm.FIXED, limit, limit, limit, 0.9, Duration.ofSeconds(1), 1.5);
    }

    /** This policy with another algorithm. */
    public ConcurrencyLimitPolicy withAlgorithm(LimitAlgorithm newAlgorithm) {
        return new ConcurrencyLimitPolicy(newAlgorithm, initialLimit, minLimit, maxLimit, backoffRatio,
                latencyThreshold, tolerance);
    }

    /** This policy with other bounds. */
    public ConcurrencyLimitPolicy withBounds(int newInitial, int newMin, int newMax) {
        return new ConcurrencyLimitPolicy(algorithm, newInitial, newMin, newMax, backoffRatio,
                latencyThreshold, tolerance);
    }

    /** This policy with another AIMD latency threshold. */
    public ConcurrencyLimitPolicy withLatencyThreshold(Duration newThreshold) {
        return new ConcurrencyLimitPolicy(algorithm, initialLimit, minLimit, maxLimit, backoffRatio,
                newThreshold, tolerance);
    }
}
