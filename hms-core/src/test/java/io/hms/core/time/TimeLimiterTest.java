package io.hms.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Host code runs on a named virtual thread and is abandoned, interrupted, at its deadline on the scheduler's clock. */
class TimeLimiterTest {

    private static final long WAIT = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final ManualScheduler time = new ManualScheduler();
    private final TimeLimiter limiter = new TimeLimiter(time, "repair");

    @AfterEach
    void close() {
        limiter.close();
    }

    @Test
    void completesWithTheResultAndCancelsItsTimer() throws Exception {
        CompletableFuture<Integer> result = limiter.call(() -> 42, TIMEOUT);
        assertThat(result.get(WAIT, TimeUnit.SECONDS)).isEqualTo(42);
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void completesWithTheWorksOwnException() {
        CompletableFuture<Object> result = limiter.call(() -> {
            throw new IOException("disk gone");
        }, TIMEOUT);
        assertThatThrownBy(() -> result.get(WAIT, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isExactlyInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void atTheDeadlineTheFutureTimesOutAndTheThreadIsInterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<String> result = limiter.call(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(WAIT, TimeUnit.SECONDS);
                return "finished";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        }, TIMEOUT);
        assertThat(started.await(WAIT, TimeUnit.SECONDS)).isTrue();

        time.advance(TIMEOUT.minusMillis(1));
        assertThat(result).isNotDone();
        time.advance(Duration.ofMillis(1));

        assertThat(result).isCompletedExceptionally();
        assertThatThrownBy(() -> result.get(0, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TimeoutException.class).hasMessage("did not finish within PT2S");
        assertThat(interrupted.await(WAIT, TimeUnit.SECONDS)).as("the work saw the interrupt").isTrue();
    }

    @Test
    void workRunsOnANamedPlatformThreadSoCodeThatSpinsCannotHoldACarrier() throws Exception {
        Thread thread = limiter.call(Thread::currentThread, TIMEOUT).get(WAIT, TimeUnit.SECONDS);
        assertThat(thread.getName()).startsWith("hms-repair-");
        assertThat(thread.isVirtual()).isFalse();
        assertThat(thread.isDaemon()).isTrue();
    }

    @Test
    void closeInterruptsRunningWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> result = limiter.call(() -> {
            started.countDown();
            new CountDownLatch(1).await(WAIT, TimeUnit.SECONDS);
            return "finished";
        }, TIMEOUT);
        assertThat(started.await(WAIT, TimeUnit.SECONDS)).isTrue();

        limiter.close();

        assertThatThrownBy(() -> result.get(WAIT, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(InterruptedException.class);
    }

    @Test
    void aCallAfterCloseFailsItsFutureInsteadOfThrowing() {
        limiter.close();
        CompletableFuture<Integer> result = limiter.call(() -> 1, TIMEOUT);
        assertThat(result).isCompletedExceptionally();
        assertThat(time.pendingTasks()).isZero();
    }
}
