package io.hms.core.guard.replay;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.core.guard.internal.LimitCounter;

/**
 * A live guard's concurrency limit for one thread: the calls in flight and the adaptive limit, moved by
 * the policy's algorithm after each call and clamped to its bounds, on plain fields.
 *
 * <pre>{@code
 * ReplayLimit limit = new ReplayLimit(policy);
 * if (limit.tryAcquire()) {
 *     limit.release(latencyNanos, failed);
 * }
 * }</pre>
 *
 * Not thread-safe: one thread drives it.
 */
public final class ReplayLimit {

    private final LimitCounter counter;

    /** @param policy the limit's policy */
    public ReplayLimit(ConcurrencyLimitPolicy policy) {
        this.counter = LimitCounter.confined(policy);
    }

    /** Takes a slot if fewer calls than the limit are in flight. */
    public boolean tryAcquire() {
        return counter.tryAcquire();
    }

    /**
     * Frees a slot taken by {@link #tryAcquire()} and moves the limit.
     *
     * @param latencyNanos how long the call took
     * @param dropped      whether it failed or timed out (the limit backs off)
     */
    public void release(long latencyNanos, boolean dropped) {
        counter.release(latencyNanos, dropped);
    }

    /** Gives back a slot taken by {@link #tryAcquire()} but not used for an attempt: the limit does not move. */
    public void giveBack() {
        counter.giveBack();
    }

    /** The limit now. */
    public int limit() {
        return counter.limit();
    }

    /** The calls in flight now. */
    public int inFlight() {
        return counter.inFlight();
    }
}
