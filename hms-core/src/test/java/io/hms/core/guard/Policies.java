package io.hms.core.guard;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.time.Duration;

/** Policies the tests start from. */
final class Policies {

    static final Duration SLOW = Duration.ofSeconds(1);
    static final Duration OPEN = Duration.ofSeconds(10);

    private Policies() {
    }

    /** COUNT window of {@code size}, 50 % failures, 100 % slow calls over 1 s, 3 probes, 10 s open. */
    static BreakerPolicy countBreaker(int size, int minimumCalls) {
        return new BreakerPolicy(WindowType.COUNT, size, 50f, 100f, SLOW, minimumCalls, OPEN, 3);
    }

    /** TIME window of {@code seconds}, otherwise as {@link #countBreaker}. */
    static BreakerPolicy timeBreaker(int seconds, int minimumCalls) {
        return new BreakerPolicy(WindowType.TIME, seconds, 50f, 100f, SLOW, minimumCalls, OPEN, 3);
    }

    /** A generous limit that never gets in the way. */
    static ConcurrencyLimitPolicy wideLimit() {
        return new ConcurrencyLimitPolicy(LimitAlgorithm.FIXED, 1000, 1000, 1000, 0.9, SLOW, 1.5);
    }

    /** No timeout, a wide limit, a breaker that needs 100 calls, no retry. */
    static GuardPolicy plain() {
        return new GuardPolicy(TimeoutPolicy.none(), wideLimit(), countBreaker(100, 100), RetryPolicy.none());
    }
}
