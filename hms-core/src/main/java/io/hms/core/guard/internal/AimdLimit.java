package io.hms.core.guard.internal;

import io.hms.api.policy.ConcurrencyLimitPolicy;

/**
 * Additive increase, multiplicative decrease. A drop (a failure, a timeout, or a call slower than the
 * latency threshold) multiplies the limit by the backoff ratio; a fast success grows it by one, but
 * only while at least half of the limit is in use (an idle limit has nothing to learn).
 */
public final class AimdLimit implements LimitStrategy {

    private final double backoffRatio;
    private final long latencyThresholdNanos;

    AimdLimit(ConcurrencyLimitPolicy policy) {
        this.backoffRatio = policy.backoffRatio();
        this.latencyThresholdNanos = policy.latencyThreshold().toNanos();
    }

    @Override
    public double next(double current, long latencyNanos, boolean dropped, int inFlight) {
        if (dropped || latencyNanos > latencyThresholdNanos) {
            return current * backoffRatio;
        }
        // + 1 while inFlight * 2 >= current, without a branch: under load it goes either way at random, and a
        // branch would be mispredicted. The sign bit of (inFlight * 2 - current) is 1 exactly when it is below.
        return current + (1 - (Double.doubleToRawLongBits(inFlight * 2.0 - current) >>> 63));
    }
}
