package io.hms.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The real clock fires timers on its own hms- thread, which close stops. */
class SystemSchedulerTest {

    private static final long WAIT = 10;

    @Test
    void timersFireOnTheSchedulerThreadWhichCloseStops() throws InterruptedException {
        AtomicReference<Thread> thread = new AtomicReference<>();
        CountDownLatch fired = new CountDownLatch(1);
        SystemScheduler scheduler = new SystemScheduler();
        try {
            scheduler.schedule(Duration.ofMillis(1), () -> {
                thread.set(Thread.currentThread());
                fired.countDown();
            });
            assertThat(fired.await(WAIT, TimeUnit.SECONDS)).isTrue();
            assertThat(thread.get().getName()).startsWith("hms-scheduler");
        } finally {
            scheduler.close();
        }
        assertThat(thread.get().join(Duration.ofSeconds(WAIT))).isTrue();
    }

    @Test
    void aPeriodicTaskThatThrowsKeepsItsSchedule() throws InterruptedException {
        CountDownLatch thrice = new CountDownLatch(3);
        try (SystemScheduler scheduler = new SystemScheduler()) {
            scheduler.scheduleAtFixedRate(Duration.ofMillis(5), () -> {
                thrice.countDown();
                throw new IllegalStateException("task bug");
            });
            assertThat(thrice.await(WAIT, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aPeriodicTaskThatThrowsACheckedExceptionSneakilyKeepsItsSchedule() throws InterruptedException {
        CountDownLatch thrice = new CountDownLatch(3);
        try (SystemScheduler scheduler = new SystemScheduler()) {
            scheduler.scheduleAtFixedRate(Duration.ofMillis(5), () -> {
                thrice.countDown();
                ManualSchedulerTest.sneakyThrow(new java.io.IOException("undeclared"));
            });
            assertThat(thrice.await(WAIT, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aCancelledTimerDoesNotFire() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch later = new CountDownLatch(1);
        try (SystemScheduler scheduler = new SystemScheduler()) {
            scheduler.schedule(Duration.ofMillis(20), runs::incrementAndGet).cancel();
            scheduler.schedule(Duration.ofMillis(40), later::countDown);
            assertThat(later.await(WAIT, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(runs).hasValue(0);
    }

    @Test
    void sleepIsInterruptible() {
        try (SystemScheduler scheduler = new SystemScheduler()) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> scheduler.sleepNanos(Duration.ofSeconds(WAIT).toNanos()))
                    .isInstanceOf(InterruptedException.class);
            assertThat(Thread.interrupted()).isFalse();
        }
    }
}
