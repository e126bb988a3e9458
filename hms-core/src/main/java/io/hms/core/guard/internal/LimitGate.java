package io.hms.core.guard.internal;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import java.util.Objects;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * A {@link LimitCounter} that many threads share, with a queue where a call that finds the limit full
 * waits for a place ({@link ConcurrencyLimitPolicy#maxWait()}). A place freed by {@link #release}, or
 * made by a limit that grows, goes to the longest waiter unless a newcomer takes it first (as an unfair
 * {@link java.util.concurrent.Semaphore} does); a waiter that takes a place wakes the next, which takes
 * one if any is left and waits again if not.
 *
 * <p>The queue is an {@link AbstractQueuedSynchronizer} in shared mode over the counter. A call that
 * finds a place, and a release with nobody waiting, never touch it: they cost what the counter costs,
 * plus the queue's two volatile reads on release. A call that waits parks its thread and allocates its
 * queue node.
 */
public final class LimitGate {

    private final LimitCounter counter;
    private final Queue queue = new Queue();

    /** @param counter a {@link LimitCounter#shared} counter */
    public LimitGate(LimitCounter counter) {
        this.counter = Objects.requireNonNull(counter, "counter");
    }

    /** Takes a place if one is free now, without waiting. */
    public boolean tryAcquire() {
        return counter.tryAcquire();
    }

    /**
     * Takes a place, waiting up to {@code maxWaitNanos} for one when the limit is full; zero or less
     * does not wait.
     *
     * @return whether a place was taken; pair a true with {@link #release}
     * @throws InterruptedException if the thread is interrupted while it waits (no place is taken)
     */
    public boolean acquire(long maxWaitNanos) throws InterruptedException {
        if (counter.tryAcquire()) {
            return true;
        }
        return maxWaitNanos > 0 && queue.tryAcquireSharedNanos(1, maxWaitNanos);
    }

    /**
     * Gives back a place, lets the limit learn from the call ({@link LimitCounter#release}) and wakes a
     * waiter if any.
     */
    public void release(long latencyNanos, boolean dropped) {
        counter.release(latencyNanos, dropped);
        wakeWaiter();
    }

    /** Gives back a place taken but not used for a call ({@link LimitCounter#giveBack}) and wakes a waiter. */
    public void giveBack() {
        counter.giveBack();
        wakeWaiter();
    }

    /** Swaps the counter's policy ({@link LimitCounter#updatePolicy}); a limit raised lets waiters in. */
    public void updatePolicy(ConcurrencyLimitPolicy policy) {
        counter.updatePolicy(policy);
        wakeWaiter();
    }

    /** How many threads wait for a place now (an estimate, as {@link AbstractQueuedSynchronizer} gives). */
    public int waiting() {
        return queue.getQueueLength();
    }

    private void wakeWaiter() {
        if (queue.hasQueuedThreads()) {
            queue.releaseShared(1);
        }
    }

    /** The wait queue: acquiring takes a counter place, releasing only signals (the counter was released). */
    @SuppressWarnings("serial") // serializable as every synchronizer is; never serialized
    private final class Queue extends AbstractQueuedSynchronizer {

        @Override
        protected int tryAcquireShared(int ignored) {
            return counter.tryAcquire() ? 1 : -1; // the queue wakes the next waiter after any success
        }

        @Override
        protected boolean tryReleaseShared(int ignored) {
            return true;
        }
    }
}
