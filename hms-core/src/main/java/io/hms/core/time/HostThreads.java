package io.hms.core.time;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that run host code for the organism: health checks, repairs and optimize hooks. A bounded
 * pool of daemon <em>platform</em> threads named {@code hms-<name>-<n>}, owned by one runtime.
 *
 * <p>Why platform threads: host code may hang, spin or ignore interrupts. A virtual thread that does so
 * keeps its carrier, and the JVM has only as many carriers as cores, so a few such checks would stop
 * every virtual thread of the host. A platform thread that hangs costs one thread and nothing else.
 *
 * <p>Why bounded: the organism never starts a check or a repair again while an earlier run of it has
 * not returned, so at most one thread per host function can be held; the bound caps even that. When all
 * threads are busy, work waits in a queue, and its deadline still counts: work that waited past its
 * deadline never starts. Idle threads end after 30 s.
 *
 * <pre>{@code
 * try (HostThreads threads = new HostThreads("host", 16)) {
 *     TimeLimiter limiter = new TimeLimiter(scheduler, threads);
 *     limiter.call(check::check, Duration.ofMillis(200));
 * }
 * }</pre>
 *
 * Thread-safe. {@link #close()} interrupts whatever runs and refuses new work.
 */
public final class HostThreads implements Executor, AutoCloseable {

    /** The default bound: enough for the checks and repairs of many components running at once. */
    public static final int DEFAULT_MAX_THREADS = 16;

    private final ThreadPoolExecutor pool;
    private final HmsThreads owner;

    /**
     * @param name       the name of the threads, after {@code hms-}
     * @param maxThreads how many threads may run host code at once; at least 1
     */
    public HostThreads(String name, int maxThreads) {
        this(name, maxThreads, new HmsThreads());
    }

    /**
     * @param name       the name of the threads, after {@code hms-}
     * @param maxThreads how many threads may run host code at once; at least 1
     * @param owner      the runtime's threads, which these join
     */
    public HostThreads(String name, int maxThreads, HmsThreads owner) {
        this.owner = owner;
        if (maxThreads < 1) {
            throw new IllegalArgumentException("maxThreads must be at least 1, got " + maxThreads);
        }
        this.pool = new ThreadPoolExecutor(maxThreads, maxThreads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                owner.platform(name));
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code task} on one of the threads, or queues it while all are busy.
     *
     * @throws RejectedExecutionException once closed
     */
    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** The runtime's threads, which these belong to; the runtime's agents start theirs there too. */
    public HmsThreads owner() {
        return owner;
    }

    /** Interrupts every running task, drops the queued ones and refuses new work. Idempotent. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
