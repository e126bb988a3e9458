package io.hms.core.guard.internal;

import io.hms.api.policy.BreakerPolicy;

/**
 * A breaker policy with the values the call path needs precomputed, so that a call reads plain
 * fields instead of converting {@link java.time.Duration}s.
 *
 * @param policy        the policy
 * @param slowCallNanos a call slower than this is slow
 * @param openNanos     how long the breaker stays open
 */
public record BreakerConfig(BreakerPolicy policy, long slowCallNanos, long openNanos) {

    /** The config of {@code policy}. */
    public static BreakerConfig of(BreakerPolicy policy) {
        return new BreakerConfig(policy, policy.slowCallDuration().toNanos(), policy.openDuration().toNanos());
    }
}
