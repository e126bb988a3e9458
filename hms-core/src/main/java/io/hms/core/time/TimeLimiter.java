package io.hms.core.time;

import io.hms.core.internal.HmsThreads;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Runs host code (a health check, a repair) on a named virtual thread with a deadline on the
 * scheduler's clock. At the deadline the future fails with {@link TimeoutException} and the thread
 * is interrupted; the caller never waits on code that hangs. {@link #close()} interrupts whatever
 * still runs.
 */
public final class TimeLimiter implements AutoCloseable {

    private final Scheduler scheduler;
    private final ExecutorService executor;

    /**
     * @param scheduler  the clock of the deadlines
     * @param threadName the name prefix of the threads, after {@code hms-}
     */
    public TimeLimiter(Scheduler scheduler, String threadName) {
        this.scheduler = scheduler;
        this.executor = Executors.newThreadPerTaskExecutor(HmsThreads.virtual(threadName));
    }

    /**
     * Starts {@code work} now.
     *
     * @return completes with its result, its exception, or a {@link TimeoutException} at the deadline; fails
     *         with {@link RejectedExecutionException} once the limiter is closed
     */
    public <T> CompletableFuture<T> call(Callable<T> work, Duration timeout) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Future<?> future;
        try {
            future = executor.submit(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
                return null;
            });
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new RejectedExecutionException("the time limiter is closed", e));
        }
        Cancellable timer = scheduler.schedule(timeout, () -> {
            if (result.completeExceptionally(new TimeoutException("did not finish within " + timeout))) {
                future.cancel(true);
            }
        });
        result.whenComplete((value, error) -> timer.cancel());
        return result;
    }

    /** Interrupts every call still running and stops taking new ones. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
