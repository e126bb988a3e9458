package io.hms.core.guard.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One thread's reusable deadline, watched by a {@link DeadlineWatchdog}. Only the owning thread
 * arms and disarms it; the watchdog fires it. The deadline field holds either a real deadline (on
 * the scheduler's nanosecond clock) or one of three sentinels:
 *
 * <ul>
 *   <li>{@code IDLE}: nothing is being timed;
 *   <li>{@code FIRED}: the watchdog has claimed the deadline and is interrupting the thread;
 *   <li>{@code DELIVERED}: the interrupt has been delivered.
 * </ul>
 *
 * The watchdog claims a deadline by compare-and-set from the value it judged overdue, and the owner
 * disarms by compare-and-set from the value it armed, so exactly one of them wins. If the watchdog
 * won, the owner waits (a few spins) for the interrupt to be delivered and clears it, so no stray
 * interrupt ever reaches code after the guarded call. Nested guarded calls on one thread keep the
 * earlier of the two deadlines armed and restore the outer one when the inner call ends.
 */
public final class DeadlineSlot {

    static final long IDLE = Long.MIN_VALUE;
    static final long FIRED = Long.MIN_VALUE + 1;
    static final long DELIVERED = Long.MIN_VALUE + 2;
    private static final long FIRST_REAL = Long.MIN_VALUE + 3;

    private static final VarHandle DEADLINE;

    static {
        try {
            DEADLINE = MethodHandles.lookup().findVarHandle(DeadlineSlot.class, "deadline", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Thread thread;
    volatile DeadlineSlot next;
    @SuppressWarnings("unused") // accessed through DEADLINE
    private volatile long deadline = IDLE;

    DeadlineSlot(Thread thread) {
        this.thread = thread;
    }

    /**
     * Arms {@code deadline} (or keeps an earlier one already armed by an outer call).
     *
     * @return the token to pass to {@link #disarm(long)}
     */
    public long arm(long deadlineNanos) {
        long previous = (long) DEADLINE.getOpaque(this);
        if (previous == FIRED || previous == DELIVERED) {
            return previous; // an outer call's deadline already fired; it will clean up
        }
        long armed = deadlineNanos < FIRST_REAL ? FIRST_REAL : deadlineNanos;
        if (previous == IDLE) {
            DEADLINE.setRelease(this, armed); // the watchdog never touches an idle slot
            return previous;
        }
        if (previous - armed < 0) {
            return previous; // the outer deadline is earlier: keep it, and leave it armed on disarm
        }
        return DEADLINE.compareAndSet(this, previous, armed) ? previous : FIRED;
    }

    /**
     * Disarms after the call, restoring what {@link #arm(long)} found.
     *
     * @param token what {@link #arm(long)} returned
     * @return whether the watchdog interrupted the thread for this deadline (the interrupt is cleared)
     */
    public boolean disarm(long token) {
        if (token == FIRED || token == DELIVERED) {
            return false;
        }
        long armed = (long) DEADLINE.getVolatile(this);
        if (armed != FIRED && armed != DELIVERED && DEADLINE.compareAndSet(this, armed, token)) {
            return false;
        }
        while ((long) DEADLINE.getVolatile(this) != DELIVERED) {
            Thread.onSpinWait();
        }
        Thread.interrupted();
        DEADLINE.setVolatile(this, token);
        return true;
    }

    /** Interrupts the owner if its armed deadline is at or before {@code nowNanos}. */
    void fireIfDue(long nowNanos) {
        long armed = (long) DEADLINE.getVolatile(this);
        if (armed == IDLE || armed == FIRED || armed == DELIVERED || nowNanos - armed < 0) {
            return;
        }
        fire(armed);
    }

    /** Interrupts the owner if a deadline is armed, due or not: the watchdog is closing. */
    void fireNow() {
        long armed = (long) DEADLINE.getVolatile(this);
        if (armed != IDLE && armed != FIRED && armed != DELIVERED) {
            fire(armed);
        }
    }

    private void fire(long armed) {
        if (DEADLINE.compareAndSet(this, armed, FIRED)) {
            try {
                thread.interrupt();
            } finally {
                DEADLINE.setVolatile(this, DELIVERED);
            }
        }
    }

    /** Whether a deadline is armed (for tests and diagnostics). */
    public boolean armed() {
        long armed = (long) DEADLINE.getVolatile(this);
        return armed != IDLE && armed != FIRED && armed != DELIVERED;
    }
}
