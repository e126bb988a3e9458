package io.hms.core.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlineWatchdogTest {

    private final ManualScheduler time = new ManualScheduler();
    private final DeadlineWatchdog watchdog = new DeadlineWatchdog(time, Duration.ofMillis(5));

    @Test
    void registersOneSlotPerThreadOnce() {
        DeadlineSlot first = watchdog.slot();

        assertThat(watchdog.slot()).isSameAs(first);
        assertThat(watchdog.watchedThreads()).isEqualTo(1);
    }

    @Test
    void dropsTheSlotsOfDeadThreads() throws Exception {
        watchdog.slot();
        for (int i = 0; i < 3; i++) {
            Thread thread = new Thread(watchdog::slot, "test-short-lived-" + i);
            thread.start();
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(watchdog.watchedThreads()).isEqualTo(4);

        time.advance(Duration.ofMillis(5));

        assertThat(watchdog.watchedThreads()).isEqualTo(1);
    }

    @Test
    void firesOnlyAtOrAfterTheDeadlineAndTheOwnerClearsTheInterrupt() {
        DeadlineSlot slot = watchdog.slot();
        long token = slot.arm(time.nanoTime() + Duration.ofMillis(20).toNanos());

        time.advance(Duration.ofMillis(15));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        time.advance(Duration.ofMillis(5));
        assertThat(Thread.currentThread().isInterrupted()).isTrue();

        assertThat(slot.disarm(token)).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(slot.armed()).isFalse();
    }

    @Test
    void aDisarmedSlotIsNeverFired() {
        DeadlineSlot slot = watchdog.slot();
        long token = slot.arm(time.nanoTime() + 1);

        assertThat(slot.disarm(token)).isFalse();
        time.advance(Duration.ofSeconds(1));

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anotherThreadsDeadlineInterruptsOnlyThatThread() throws Exception {
        CompletableFuture<Boolean> armed = new CompletableFuture<>();
        CompletableFuture<Boolean> fired = new CompletableFuture<>();
        Thread other = new Thread(() -> {
            DeadlineSlot slot = watchdog.slot();
            long token = slot.arm(time.nanoTime() + Duration.ofMillis(10).toNanos());
            armed.complete(true);
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(60)); // woken by the watchdog's interrupt
            } catch (InterruptedException expected) {
                // what the watchdog does
            }
            fired.complete(slot.disarm(token));
        }, "test-blocked");
        other.setDaemon(true);
        other.start();
        armed.get(30, TimeUnit.SECONDS);

        time.advance(Duration.ofMillis(10));

        assertThat(fired.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
