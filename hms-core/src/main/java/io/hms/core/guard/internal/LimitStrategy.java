package io.hms.core.guard.internal;

import io.hms.api.policy.ConcurrencyLimitPolicy;

/**
 * How a concurrency limit moves with each completed call. The limiter first lets the strategy
 * {@link #observe observe} the sample once, then asks for the {@link #next next} limit and clamps it to
 * the bounds; a shared limiter asks inside its compare-and-set loop, so {@code next} must be free of side
 * effects.
 */
public sealed interface LimitStrategy permits FixedLimit, AimdLimit, GradientLimit {

    /** Takes note of one completed call; called once per call, before {@link #next}. */
    default void observe(long latencyNanos, boolean dropped) {
    }

    /**
     * The limit after one call, unclamped.
     *
     * @param current      the current (fractional) limit
     * @param latencyNanos the call's latency
     * @param dropped      whether the call failed or timed out
     * @param inFlight     calls in flight when it completed, itself included
     */
    double next(double current, long latencyNanos, boolean dropped, int inFlight);

    /**
     * The strategy of {@code policy}, carrying over what {@code previous} learned where it can; its
     * state on plain cells when {@code confined} (one thread drives the limiter), else on shared ones.
     */
    static LimitStrategy of(ConcurrencyLimitPolicy policy, LimitStrategy previous, boolean confined) {
        return switch (policy.algorithm()) {
            case FIXED -> new FixedLimit();
            case AIMD -> new AimdLimit(policy);
            case GRADIENT -> new GradientLimit(policy, previous instanceof GradientLimit g ? g : null, confined);
        };
    }
}
