package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Lock-free does not mean lossy: counters and limits stay exact when threads race. */
class ConcurrentCallsTest {

    private static final int THREADS = 4;
    private static final int CALLS = 20_000;

    private final ManualScheduler time = new ManualScheduler();

    private static void race(Runnable perThread) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            CompletableFuture<Void> finished = new CompletableFuture<>();
            done.add(finished);
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    perThread.run();
                    finished.complete(null);
                } catch (Throwable e) {
                    finished.completeExceptionally(e);
                }
            }, "test-racer-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        start.countDown();
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    @Test
    void theLimitIsNeverExceededAndEveryCallIsCountedOnce() throws Exception {
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", Policies.plain().withLimit(ConcurrencyLimitPolicy.fixed(2))
                    .withTimeout(TimeoutPolicy.of(Duration.ofSeconds(1))), e -> false);
            guard.trace().start();
            guard.fallback(cause -> "refused");
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger mostInside = new AtomicInteger();

            race(() -> {
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
