package io.hms.api.policy;

import java.time.Duration;

/**
 * How a failed guarded call is retried: exponential backoff with jitter.
 *
 * <p>Before attempt {@code n + 1} the guard waits
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, scaled by a random factor in
 * {@code [1 - jitter, 1 + jitter]}. Which failures are retried is the component's retry predicate.
 *
 * @param maxAttempts    attempts in all, 1 for no retry
 * @param initialBackoff the wait before the second attempt
 * @param multiplier     growth of the wait per attempt, at least 1
 * @param maxBackoff     the cap on the wait, at least initialBackoff
 * @param jitter         the random spread, in [0, 1]
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
                          double jitter) {

    /** Validates the fields. */
    public RetryPolicy {
        Checks.atLeast(maxAttempts, 1, "maxAttempts");
        Checks.notNegative(initialBackoff, "initialBackoff");
        Checks.between(multiplier, 1.0, 100.0, "multiplier");
        Checks.notNegative(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be at least initialBackoff=" + initialBackoff
                    + ", got " + maxBackoff);
        }
        Checks.between(jitter, 0.0, 1.0, "jitter");
    }

    /** 3 attempts, 50 ms doubling up to 1 s, 50 % jitter. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(50), 2.0, Duration.ofSeconds(1), 0.5);
    }

    /** A single attempt: no retry. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO, 0.0);
    }

    /** This policy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int newMaxAttempts) {
        return new RetryPolicy(newMaxAttempts, initialBackoff, multiplier, maxBackoff, jitter);
    }

    /** This policy with another backoff. */
    public RetryPolicy withBackoff(Duration newInitial, double newMultiplier, Duration newMax) {
        return new RetryPolicy(maxAttempts, newInitial, newMultiplier, newMax, jitter);
    }

    /** This policy with another jitter. */
    public RetryPolicy withJitter(double newJitter) {
        return new RetryPolicy(maxAttempts, initialBackoff, multiplier, maxBackoff, newJitter);
    }

    /**
     * The wait before attempt {@code attempt + 1}, without jitter, in nanoseconds.
     *
     * @param attempt the attempt that just failed, from 1
     */
    public long baseBackoffNanos(int attempt) {
        double nanos = initialBackoff.toNanos() * Math.pow(multiplier, attempt - 1);
        return (long) Math.min(nanos, maxBackoff.toNanos());
    }
}
