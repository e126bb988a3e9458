package io.hms.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
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
 * Thread-safe.
 */
public final class ManualScheduler implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ManualScheduler.class);

    private final Instant origin;
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final PriorityQueue<Task> queue = new PriorityQueue<>();

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

    /** Advances time by {@code nanos}. */
    @Override
    public void sleepNanos(long sleep) {
        advance(Duration.ofNanos(sleep));
    }

    /** Moves time forward by {@code duration}, running every task that falls due on this thread. */
    public void advance(Duration duration) {
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
