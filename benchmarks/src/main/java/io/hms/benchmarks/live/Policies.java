package io.hms.benchmarks.live;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.time.Duration;
import java.util.Locale;

/** The baselines the winner is measured against, and a one-line description of a policy. */
final class Policies {

    private Policies() {
    }

    /**
     * The start: a policy shaped like Resilience4j's defaults (breaker on a count window of 100, 50 %
     * failures, at least 100 calls, open 60 s, 10 half-open probes; three attempts 500 ms apart; a 1 s time
     * limit; a bulkhead of 25), as the optimize demo starts from.
     */
    static GuardPolicy start() {
        return new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)), ConcurrencyLimitPolicy.fixed(25),
                new BreakerPolicy(WindowType.COUNT, 100, 50f, 100f, Duration.ofSeconds(60), 100,
                        Duration.ofSeconds(60), 10),
                new RetryPolicy(3, Duration.ofMillis(500), 1.0, Duration.ofMillis(500), 0.0));
    }

    /** HMS's default guard policy. */
    static GuardPolicy defaults() {
        return ComponentPolicy.defaults().guard();
    }

    /** The policy's settings in one line. */
    static String describe(GuardPolicy p) {
        return String.format(Locale.ROOT, "timeout %d ms, limit %s, breaker %.0f%% of %d (min %d, open %d ms), "
                        + "%d attempts (backoff %d ms, jitter %.2f)",
                p.timeout().timeout().toMillis(), describe(p.limit()),
                p.breaker().failureRateThreshold(), p.breaker().windowSize(), p.breaker().minimumCalls(),
                p.breaker().openDuration().toMillis(), p.retry().maxAttempts(), p.retry().initialBackoff().toMillis(),
                p.retry().jitter());
    }

    /**
     * The limiter in words: a FIXED limiter by the limit in force, its initial limit (it never moves from
     * there, whatever its bounds say); an adaptive one by where it starts and the bounds it moves in; then
     * how long a call waits for a place, if it waits.
     */
    static String describe(ConcurrencyLimitPolicy l) {
        String limit = l.algorithm() == LimitAlgorithm.FIXED ? "FIXED " + l.initialLimit()
                : l.algorithm() + " from " + l.initialLimit() + " in " + l.minLimit() + "-" + l.maxLimit();
        return l.maxWait().isZero() ? limit : limit + " waiting up to " + l.maxWait().toMillis() + " ms";
    }
}
