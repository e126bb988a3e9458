package io.hms.core.time;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Runs host code (a health check, a repair, an optimize hook) on the {@link HostThreads} with a deadline
 * on the scheduler's clock. At the deadline the result fails with {@link TimeoutException} and the
 * thread is interrupted; the caller never waits on code that hangs, and code that ignores the interrupt
 * holds one platform thread, never a carrier of the host's virtual threads. {@link #close()} interrupts
 * whatever this limiter started and still runs.
 *
 * <pre>{@code
 * TimeLimiter repairs = new TimeLimiter(scheduler, hostThreads);
 * HostCall<Boolean> run = repairs.start(() -> restart(), Duration.ofSeconds(2));
 * run.result().get();      // the answer, or TimeoutException after 2 s
 * run.returned();          // completes once restart() has really returned
 * }</pre>
 *
 * Thread-safe.
 */
public final class TimeLimiter implements AutoCloseable {

    private final Scheduler scheduler;
    private final HostThreads threads;
    private final boolean ownsThreads;
    private final Set<HostTask<?>> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * A limiter that runs code on {@code threads}, which it does not close.
     *
     * @param scheduler the clock of the deadlines
     * @param threads   where the code runs
     */
    public TimeLimiter(Scheduler scheduler, HostThreads threads) {
        this.scheduler = scheduler;
        this.threads = threads;
        this.ownsThreads = false;
    }

    /**
     * A limiter with threads of its own ({@value HostThreads#DEFAULT_MAX_THREADS} at most), closed with it.
     *
     * @param scheduler  the clock of the deadlines
     * @param threadName the name prefix of the threads, after {@code hms-}
     */
    public TimeLimiter(Scheduler scheduler, String threadName) {
        this.scheduler = scheduler;
        this.threads = new HostThreads(threadName, HostThreads.DEFAULT_MAX_THREADS);
        this.ownsThreads = true;
    }

    /**
     * Starts {@code work} now and answers with its result.
     *
     * @return completes with its result, its exception, or a {@link TimeoutException} at the deadline; fails
     *         with {@link RejectedExecutionException} once the limiter is closed
     */
    public <T> CompletableFuture<T> call(Callable<T> work, Duration timeout) {
        return start(work, timeout).result();
    }

    /**
     * Starts {@code work} now.
     *
     * @return its result and when it returned; both complete at once, the result with a
     *         {@link RejectedExecutionException}, once the limiter is closed
     */
    public <T> HostCall<T> start(Callable<T> work, Duration timeout) {
        HostTask<T> task = new HostTask<>(work, running::remove, threads.owner().work());
        if (closed) {
            return task.rejected("the time limiter is closed");
        }
        running.add(task);
        try {
            threads.execute(task);
        } catch (RejectedExecutionException e) {
            running.remove(task);
            return task.rejected("the host threads are closed");
        }
        if (closed) {
            task.cancel();
        }
        Cancellable timer = scheduler.schedule(timeout, () -> task.expire(timeout));
        task.call().result().whenComplete((value, error) -> timer.cancel());
        return task.call();
    }

    /** Interrupts every call it started that still runs and stops taking new ones. */
    @Override
    public void close() {
        closed = true;
        running.forEach(HostTask::cancel);
        if (ownsThreads) {
            threads.close();
        }
    }
}
