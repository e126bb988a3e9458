package io.hms.core.guard.internal;

import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Enforces call deadlines without a thread hand-off: the guarded call runs on the caller's thread,
 * which arms its {@link DeadlineSlot} (one per thread, created on first use and pushed once onto a
 * lock-free list); a task on the scheduler runs every {@code resolution} and interrupts each thread
 * whose deadline has passed. Slots of threads that have died are dropped by that task.
 *
 * <p>Deadlines are thus enforced with up to one resolution of delay, and only for code that
 * responds to interrupts; code that ignores them is reported as timed out when it returns.
 *
 * <p>{@link #close()} stops the task and, since no deadline can be enforced from then on, interrupts at
 * once every thread whose deadline is armed; {@link #closed()} tells callers to start nothing more. A
 * call that arms its deadline in the very instant of the close may escape that interrupt (arming is a
 * release store, not a fence, to keep the call path cheap); it is then judged when it returns.
 */
public final class DeadlineWatchdog implements AutoCloseable {

    private final Scheduler scheduler;
    private final ThreadLocal<DeadlineSlot> slots = ThreadLocal.withInitial(this::register);
    private final AtomicReference<DeadlineSlot> head = new AtomicReference<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile boolean closed;
    private final Cancellable task;
    private final Duration resolution;

    /** Starts watching: a task every {@code resolution} on {@code scheduler}. */
    public DeadlineWatchdog(Scheduler scheduler, Duration resolution) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        if (resolution.isNegative() || resolution.isZero()) {
            throw new IllegalArgumentException("resolution must be positive, got " + resolution);
        }
        this.resolution = resolution;
        this.task = scheduler.scheduleAtFixedRate(resolution, this::tick);
    }

    /** How often the watchdog runs: the most a deadline is enforced late. */
    public Duration resolution() {
        return resolution;
    }

    /** The calling thread's slot. */
    public DeadlineSlot slot() {
        return slots.get();
    }

    private DeadlineSlot register() {
        DeadlineSlot slot = new DeadlineSlot(Thread.currentThread());
        DeadlineSlot first;
        do {
            first = head.get();
            slot.next = first;
        } while (!head.compareAndSet(first, slot));
        return slot;
    }

    /** Interrupts overdue threads and drops the slots of dead ones; runs on the scheduler. */
    public void tick() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            long now = scheduler.nanoTime();
            DeadlineSlot previous = null;
            for (DeadlineSlot slot = head.get(); slot != null; slot = slot.next) {
                if (!slot.thread.isAlive()) {
                    if (previous != null) {
                        previous.next = slot.next;
                        continue;
                    }
                    if (head.compareAndSet(slot, slot.next)) {
                        continue;
                    }
                } else {
                    slot.fireIfDue(now);
                }
                previous = slot;
            }
        } finally {
            sweeping.set(false);
        }
    }

    /** How many threads hold a slot (for tests and diagnostics). */
    public int watchedThreads() {
        int n = 0;
        for (DeadlineSlot slot = head.get(); slot != null; slot = slot.next) {
            n++;
        }
        return n;
    }

    /** Whether {@link #close()} was called: no deadline is enforced any more. */
    public boolean closed() {
        return closed;
    }

    /**
     * Stops the task and interrupts every thread whose deadline is armed now, so no call is left
     * running without its deadline; such a thread's {@link DeadlineSlot#disarm} reports the interrupt.
     * Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        task.cancel();
        for (DeadlineSlot slot = head.get(); slot != null; slot = slot.next) {
            slot.fireNow();
        }
    }
}
