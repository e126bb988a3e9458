package io.hms.core.monitor;

import static io.hms.api.HealthStatus.DOWN;
import static io.hms.api.HealthStatus.UNKNOWN;
import static io.hms.api.HealthStatus.UP;
import static io.hms.core.monitor.MonitorFixture.WAIT;
import static io.hms.core.monitor.MonitorFixture.await;
import static io.hms.core.monitor.MonitorFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.Health;
import io.hms.api.HealthCheckFunction;
import io.hms.api.event.HealthChanged;
import io.hms.core.time.ManualScheduler;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A check that throws or hangs is a failure with its reason; a hung check is abandoned at its timeout,
 * is never started twice, and delays neither the scheduler nor other components' checks.
 */
class MonitorCheckFailuresTest {

    /** A check that blocks until interrupted, counting entries and interrupts. */
    static final class HangingCheck implements HealthCheckFunction {
        final AtomicInteger entries = new AtomicInteger();
        final Semaphore entered = new Semaphore(0);
        final CountDownLatch interrupted = new CountDownLatch(1);
        final AtomicReference<Thread> thread = new AtomicReference<>();

        @Override
        public Health check() {
            entries.incrementAndGet();
            thread.set(Thread.currentThread());
            entered.release();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return Health.up();
        }
    }

    @Test
    void aThrowingCheckIsAFailureWithTheExceptionAsReason() throws Exception {
        try (MonitorFixture f = new MonitorFixture(new SystemScheduler())) {
            f.declare("db", policy(Duration.ofMillis(2), Duration.ofSeconds(5), 2, 1), "ping",
                    ScriptedCheck.of("throw"));
            var down = f.next("db", DOWN);

            f.monitor.start();

            assertThat(await(down).current().reason()).isEqualTo("IllegalStateException: pool exhausted #2");
        }
    }

    @Test
    void aHungCheckTimesOutWithItsReasonAndIsNotStartedAgainWhileInFlight() throws Exception {
        ManualScheduler time = new ManualScheduler();
        try (MonitorFixture f = new MonitorFixture(time)) {
            HangingCheck check = new HangingCheck();
            f.declare("db", policy(Duration.ofMillis(100), Duration.ofMillis(250), 1, 1), "ping", check);
            var down = f.next("db", DOWN);
            f.monitor.start();

            time.advance(Duration.ofMillis(100));            // first run starts and hangs
            assertThat(check.entered.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            time.advance(Duration.ofMillis(200));            // ticks at 200 and 300 find it in flight
            assertThat(down).isNotDone();
            time.advance(Duration.ofMillis(50));             // its timeout at 350 decides

            HealthChanged change = await(down);
            assertThat(change.current().reason()).isEqualTo("timed out after 250ms");
            assertThat(change.time()).isEqualTo(Instant.parse("2026-01-01T00:00:00.350Z"));
            assertThat(check.interrupted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(check.entries).hasValue(1);
            assertThat(check.thread.get().isVirtual()).as("host code runs on platform threads").isFalse();
            assertThat(check.thread.get().getName()).startsWith("hms-monitor-");
        }
    }

    @Test
    void aHungCheckDoesNotDelayOtherComponents() throws Exception {
        try (MonitorFixture f = new MonitorFixture(new SystemScheduler())) {
            HangingCheck slow = new HangingCheck();
            f.declare("slow", policy(Duration.ofMillis(2), Duration.ofMinutes(5), 1, 1), "ping", slow);
            f.declare("fast", policy(Duration.ofMillis(2), Duration.ofSeconds(5), 2, 2), "ping",
                    ScriptedCheck.of("fail", "fail", "ok", "ok"));
            var fastUp = f.next("fast", UP);

            f.monitor.start();
            await(fastUp);
            assertThat(slow.entered.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

            assertThat(f.changes("fast")).extracting(e -> e.current().status()).containsExactly(DOWN, UP);
            assertThat(slow.entries).hasValue(1);
            assertThat(f.monitor.health("slow").status()).as("its only check has not answered yet").isEqualTo(UNKNOWN);

            f.monitor.close();
            assertThat(slow.interrupted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .as("close interrupts a running check").isTrue();
        }
    }
}
