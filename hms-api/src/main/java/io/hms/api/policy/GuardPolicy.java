package io.hms.api.policy;

import java.util.Objects;

/**
 * How every call to a component is guarded, from the callee outwards: timeout, concurrency limit,
 * circuit breaker, retry (the fallback is a registered function, not policy).
 *
 * @param timeout the deadline of one attempt
 * @param limit   the adaptive concurrency limit
 * @param breaker the circuit breaker
 * @param retry   the retry of failed attempts
 */
public record GuardPolicy(TimeoutPolicy timeout, ConcurrencyLimitPolicy limit, BreakerPolicy breaker,
                          RetryPolicy retry) {

    /** Validates the fields. */
    public GuardPolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(breaker, "breaker");
        Objects.requireNonNull(retry, "retry");
    }

    /** A 2 s timeout and the defaults of each part. */
    public static GuardPolicy defaults() {
        return new GuardPolicy(TimeoutPolicy.of(java.time.Duration.ofSeconds(2)), ConcurrencyLimitPolicy.defaults(),
                BreakerPolicy.defaults(), RetryPolicy.defaults());
    }

    /** This policy with another timeout. */
    public GuardPolicy withTimeout(TimeoutPolicy newTimeout) {
        return new GuardPolicy(newTimeout, limit, breaker, retry);
    }

    /** This policy with another concurrency limit. */
    public GuardPolicy withLimit(ConcurrencyLimitPolicy newLimit) {
        return new GuardPolicy(timeout, newLimit, breaker, retry);
    }

    /** This policy with another breaker. */
    public GuardPolicy withBreaker(BreakerPolicy newBreaker) {
        return new GuardPolicy(timeout, limit, newBreaker, retry);
    }

    /** This policy with another retry. */
    public GuardPolicy withRetry(RetryPolicy newRetry) {
        return new GuardPolicy(timeout, limit, breaker, newRetry);
    }
}
