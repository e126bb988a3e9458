package io.hms.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clock that moves only when told to, for deterministic tests and faster-than-real-time
 * simulation.
 *
 * <p>{@link #advance(Duration)} moves time forward and runs every task that falls due, in time order
 * (ties in scheduling order), on the calling thread, each seeing {@link #nanoTime()} at its due time.
 * {@link #sleepNanos(long)} advances time itself, so code that backs off "sleeps" instantly.
 *
 * <p><b>Settling.</b> A runtime built on this clock ({@code Hms.builder().scheduler(manual)}) has it
 * {@linkplain #watch watch} the work it hands to its own threads: events on their way to listeners,
 * health checks and repairs whose answer is awaited, repair passes that are running. Before it moves time,
 * and after each task it runs, {@code advance} waits (in real time) until that work has come to rest, so
 * every reaction to one moment happens at that moment: the same test gives the same timeline every run,
 * however the threads are scheduled. Work still under way after the settle timeout (real time,
 * {@value #DEFAULT_SETTLE_MILLIS} ms by default) is taken as hung: time moves on without it, as it would
 * for a check that ignores its deadline, and later settles do not wait for it again. Call {@code advance} from the test's thread, not from a listener
 * or host code (they are the work it waits for); {@code sleepNanos} does not wait.
 *
 * <p>Thread-safe.
 */
public final class ManualScheduler implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ManualScheduler.class);

    private final Instant origin;
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private final List<InFlightWork> watched = new CopyOnWriteArrayList<>();
    /** Per watched work, how many of its units outlived a settle timeout: taken as hung, not waited for again. */
    private final Map<InFlightWork, Integer> hung = new ConcurrentHashMap<>();
    private volatile Duration settleTimeout = Duration.ofMillis(DEFAULT_SETTLE_MILLIS);

    /** How long, in real time, {@code advance} waits by default for the watched work to come to rest. */
    public static final long DEFAULT_SETTLE_MILLIS = 2_000;

    /** A clock starting at 2026-01-01T00:00:00Z. */
    public ManualScheduler() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** A clock starting at {@code origin}. */
    public ManualScheduler(Instant origin) {
        this.origin = origin;
    }

    @Override
    public Instant now() {
        return origin.plusNanos(nanos.get());
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        return enqueue(nanos.get() + Math.max(0, delay.toNanos()), 0, task);
    }

    @Override
    public Cancellable scheduleAtFixedRate(Duration period, Runnable task) {
        long step = period.toNanos();
        if (step <= 0) {
            throw new IllegalArgumentException("period must be positive, got " + period);
        }
        return enqueue(nanos.get() + step, step, task);
    }

    /** Advances time by {@code nanos}, without waiting for the watched work (the caller may be part of it). */
    @Override
    public void sleepNanos(long sleep) {
        advance(Duration.ofNanos(sleep), false);
    }

    /**
     * Moves time forward by {@code duration}, running every task that falls due on this thread; waits for the
     * watched work to come to rest before time moves and after each task.
     */
    public void advance(Duration duration) {
        advance(duration, true);
    }

    /**
     * Waits until the watched work has come to rest (at most the settle timeout, in real time) without
     * moving time: for a test that acted (a call, an injected fault) and wants to see every reaction at
     * this moment.
     */
    public void settle() {
        long deadline = System.nanoTime() + settleTimeout.toNanos();
        try {
            for (InFlightWork work : watched) {
                int allowed = hung.getOrDefault(work, 0);
                boolean rested = work.awaitAtMost(allowed, deadline);
                int now = work.units();
                hung.put(work, rested ? Math.min(allowed, now) : now); // what outlived the timeout is hung
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Has {@link #advance} and {@link #settle} wait for {@code work}; a runtime built on this clock does so. */
    public void watch(InFlightWork work) {
        watched.add(Objects.requireNonNull(work, "work"));
    }

    /** Stops waiting for {@code work}; a closed runtime does so. */
    public void unwatch(InFlightWork work) {
        watched.remove(work);
        hung.remove(work);
    }

    /**
     * Sets how long, in real time, {@link #advance} and {@link #settle} wait for the watched work;
     * host code running longer counts as hung.
     *
     * @return this clock
     */
    public ManualScheduler settleTimeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("the settle timeout must not be negative, got " + timeout);
        }
        this.settleTimeout = timeout;
        return this;
    }

    private void advance(Duration duration, boolean settling) {
        if (settling) {
            settle();
        }
        long target = nanos.get() + duration.toNanos();
        while (true) {
            Task next;
            synchronized (queue) {
                next = queue.peek();
                if (next == null || next.due > target) {
                    break;
                }
                queue.poll();
            }
            nanos.accumulateAndGet(next.due, Math::max);
            if (!next.cancelled) {
                run(next);
                if (settling) {
                    settle();
                }
                if (next.period > 0 && !next.cancelled) {
                    next.due += next.period;
                    synchronized (queue) {
                        queue.add(next);
                    }
                }
            }
        }
        nanos.accumulateAndGet(target, Math::max);
    }

    /** How many tasks are waiting. */
    public int pendingTasks() {
        synchronized (queue) {
            return (int) queue.stream().filter(t -> !t.cancelled).count();
        }
    }

    private Cancellable enqueue(long due, long period, Runnable runnable) {
        Task task = new Task(due, period, sequence.getAndIncrement(), runnable);
        synchronized (queue) {
            queue.add(task);
        }
        return () -> task.cancelled = true;
    }

    /** Whatever a task throws, checked exceptions thrown sneakily included, is logged; a periodic one keeps its schedule. */
    private static void run(Task task) {
        try {
            task.runnable.run();
        } catch (Throwable e) {
            LOG.warn("scheduled task {} failed; it keeps its schedule", task.runnable, e);
        }
    }

    private static final class Task implements Comparable<Task> {
        long due;
        final long period;
        final long seq;
        final Runnable runnable;
        volatile boolean cancelled;

        Task(long due, long period, long seq, Runnable runnable) {
            this.due = due;
            this.period = period;
            this.seq = seq;
            this.runnable = runnable;
        }

        @Override
        public int compareTo(Task o) {
            int byDue = Long.compare(due, o.due);
            return byDue != 0 ? byDue : Long.compare(seq, o.seq);
        }
    }
}
