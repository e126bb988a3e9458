package io.hms.core.time;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The work a runtime has under way off its callers' threads: events queued for or being handled by
 * listeners, host code whose answer is awaited, repair passes that are running rather than waiting. A
 * {@link ManualScheduler} waits for it to come to rest before it moves time, so that a test that drives
 * the clock sees every reaction to one moment before the next moment comes: the same test gives the same
 * timeline every run.
 *
 * <p>Each unit of work is counted from when it is handed over ({@link #begin()}) to when it is done
 * ({@link #end()}); a thread that waits for a future ({@link #idleUntil}) does not count while it waits,
 * and counts again from the moment the future completes, before the completing thread ends its own unit.
 * So the count reaches zero only when nothing can move without time moving.
 *
 * <pre>{@code
 * work.begin();                       // before handing the task over
 * executor.execute(() -> {
 *     try {
 *         Boolean ok = work.idleUntil(repair.result());
 *     } finally {
 *         work.end();
 *     }
 * });
 * }</pre>
 *
 * Thread-safe and cheap: two atomic operations per unit; waiting is only for {@link #awaitAtMost}.
 */
public final class InFlightWork {

    private final AtomicInteger units = new AtomicInteger();
    private final Object rest = new Object();
    /** The longest a waiter sleeps between looks at the count, in case another waiter took the notice. */
    private static final long MAX_WAIT_MILLIS = 10;
    /** The count a waiter in {@link #awaitAtMost} waits for; -1 while none waits. */
    private volatile int awaited = -1;

    /** One more unit of work under way. */
    public void begin() {
        begin(1);
    }

    /** {@code count} more units of work under way. */
    public void begin(int count) {
        units.addAndGet(count);
    }

    /** One unit of work done. */
    public void end() {
        end(1);
    }

    /** {@code count} units of work done. */
    public void end(int count) {
        if (count > 0 && units.addAndGet(-count) <= awaited) {
            synchronized (rest) {
                rest.notifyAll();
            }
        }
    }

    /**
     * Waits for {@code future} without counting as work meanwhile: the calling thread, itself a unit of
     * work, is at rest until the future completes.
     *
     * @return the future's value
     * @throws ExecutionException   as {@link CompletableFuture#get()}
     * @throws InterruptedException as {@link CompletableFuture#get()}; the thread counts as work again
     */
    public <T> T idleUntil(CompletableFuture<T> future) throws InterruptedException, ExecutionException {
        AtomicBoolean awake = new AtomicBoolean();
        future.whenComplete((value, error) -> wake(awake)); // counted again before the completer ends its unit
        end();
        try {
            return future.get();
        } finally {
            wake(awake);
        }
    }

    /** How many units are under way now. */
    public int units() {
        return units.get();
    }

    /**
     * Waits until at most {@code allowed} units of work are under way (0: none), or until
     * {@code deadlineNanos} on {@link System#nanoTime()}. Meant for one waiter at a time; a second one is woken
     * at most 10 ms late.
     *
     * @return whether the work came down to {@code allowed} in time
     */
    public boolean awaitAtMost(int allowed, long deadlineNanos) throws InterruptedException {
        synchronized (rest) {
            awaited = allowed;
            try {
                while (units.get() > allowed) {
                    long left = deadlineNanos - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    rest.wait(Math.clamp(left / 1_000_000, 1, MAX_WAIT_MILLIS)); // a slice: another waiter may move awaited
                }
                return true;
            } finally {
                awaited = -1;
            }
        }
    }

    private void wake(AtomicBoolean awake) {
        if (awake.compareAndSet(false, true)) {
            begin();
        }
    }
}
