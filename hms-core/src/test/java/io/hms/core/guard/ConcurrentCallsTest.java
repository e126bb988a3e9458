package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Lock-free does not mean lossy: counters and limits stay exact when threads race. */
class ConcurrentCallsTest {

    private static final int THREADS = 4;
    private static final int CALLS = 20_000;

    private final ManualScheduler time = new ManualScheduler();

    @Test
    void theLimitIsNeverExceededAndEveryCallIsCountedOnce() throws Exception {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", Policies.plain().withLimit(ConcurrencyLimitPolicy.fixed(2))
                    .withTimeout(TimeoutPolicy.of(Duration.ofSeconds(1))), e -> false);
            guard.trace().start();
            guard.fallback(cause -> "refused");
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger mostInside = new AtomicInteger();

            Racers.race(THREADS, Duration.ofSeconds(60), () -> {
                for (int i = 0; i < CALLS; i++) {
                    guard.call(() -> {
                        int now = inside.incrementAndGet();
                        mostInside.accumulateAndGet(now, Math::max);
                        Thread.onSpinWait();
                        inside.decrementAndGet();
                        return "ok";
                    });
                }
            });

            GuardStats.Snapshot stats = guard.stats().snapshot();
            assertThat(stats.calls()).isEqualTo((long) THREADS * CALLS);
            assertThat(stats.successes() + stats.rejectedByLimit()).isEqualTo((long) THREADS * CALLS);
            assertThat(stats.fallbacks()).isEqualTo(stats.rejectedByLimit());
            assertThat(mostInside.get()).isLessThanOrEqualTo(2);
            assertThat(guard.limiter().inFlight()).isZero();
            assertThat(guard.trace().recorded()).isEqualTo((long) THREADS * CALLS);
        }
    }
}
