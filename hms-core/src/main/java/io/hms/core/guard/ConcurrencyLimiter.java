package io.hms.core.guard;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.core.guard.internal.LimitCounter;
import io.hms.core.guard.internal.LimitGate;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many calls to a component are in flight at once, and adapts the bound to how the
 * component behaves ({@link LimitAlgorithm}): FIXED keeps it, AIMD grows it by one per fast success
 * while it is in use and multiplies it by the backoff ratio on a drop (a failure, a timeout, or a call
 * slower than the latency threshold), GRADIENT shrinks it as the recent round-trip time rises above
 * the no-load one. The limit always stays within the policy's {@code [minLimit, maxLimit]}. A call
 * that finds the limit full may wait for a place ({@link #tryAcquire(long, TimeUnit)}; a guard waits
 * its policy's {@link ConcurrencyLimitPolicy#maxWait()}).
 *
 * <pre>{@code
 * ConcurrencyLimiter limiter = ConcurrencyLimiter.of(ConcurrencyLimitPolicy.defaults());
 * if (limiter.tryAcquire()) {
 *     long start = System.nanoTime();
 *     boolean failed = true;
 *     try { work(); failed = false; }
 *     finally { limiter.release(System.nanoTime() - start, failed); }
 * }
 * }</pre>
 *
 * <p>The limiter of a {@link Guard} belongs to the guard: its policy follows the guard's, which only
 * the configurator changes, so {@link #updatePolicy} refuses on it.
 *
 * <p>Thread-safety: lock-free; the in-flight count and the limit are atomics changed by
 * compare-and-set. The limit is kept as a fractional estimate; {@link #limit()} is its integer part.
 * Only a call that waits parks its thread, in a queue that a release wakes.
 */
public final class ConcurrencyLimiter {

    private final LimitGate gate;
    private final LimitCounter counter;
    private final String guardedComponent;

    /**
     * @param counter          the count and estimate
     * @param guardedComponent the component of the guard that owns it, or null for a standalone limiter
     */
    ConcurrencyLimiter(LimitCounter counter, String guardedComponent) {
        this.gate = new LimitGate(counter);
        this.counter = counter;
        this.guardedComponent = guardedComponent;
    }

    /** A limiter starting at the policy's initial limit. */
    public static ConcurrencyLimiter of(ConcurrencyLimitPolicy policy) {
        return new ConcurrencyLimiter(LimitCounter.shared(Objects.requireNonNull(policy, "policy")), null);
    }

    /** The limiter of {@code component}'s guard, whose policy only the guard changes. */
    static ConcurrencyLimiter ofGuard(String component, ConcurrencyLimitPolicy policy) {
        return new ConcurrencyLimiter(LimitCounter.shared(policy), component);
    }

    /** Takes a place if fewer calls than the limit are in flight; pair with {@link #release}. */
    public boolean tryAcquire() {
        return counter.tryAcquire();
    }

    /**
     * Takes a place, waiting up to {@code timeout} for one if the limit is full; pair a true with
     * {@link #release}. Places freed while threads wait go to the longest waiter, unless a caller of
     * {@link #tryAcquire()} takes one first.
     *
     * @return whether a place was taken before the timeout
     * @throws InterruptedException if the thread is interrupted while it waits (no place is taken)
     */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return gate.acquire(unit.toNanos(timeout));
    }

    /**
     * Gives back a place and lets the limit learn from the call.
     *
     * @param latencyNanos how long the call took
     * @param dropped      whether it failed or timed out
     */
    public void release(long latencyNanos, boolean dropped) {
        gate.release(latencyNanos, dropped);
    }

    /**
     * Gives back a place taken by {@link #tryAcquire()} but not used for a call: the limit learns nothing
     * from it, and a caller waiting for a place gets it.
     */
    public void giveBack() {
        gate.giveBack();
    }

    /** How many calls may be in flight now. */
    public int limit() {
        return counter.limit();
    }

    /** How many calls are in flight now. */
    public int inFlight() {
        return counter.inFlight();
    }

    /** How many calls wait for a place now, an estimate. */
    public int waiting() {
        return gate.waiting();
    }

    /** The current policy. */
    public ConcurrencyLimitPolicy policy() {
        return counter.policy();
    }

    /**
     * Swaps the policy live. The current limit is kept, clamped to the new bounds (a FIXED policy sets
     * its initial limit); a GRADIENT limiter that stays GRADIENT keeps what it learned about latency.
     * Calls in flight are unaffected.
     *
     * @throws IllegalStateException on the limiter of a guard: propose a patch of the component's policy
     *         to the configurator instead
     */
    public void updatePolicy(ConcurrencyLimitPolicy newPolicy) {
        if (guardedComponent != null) {
            throw new IllegalStateException("this limiter belongs to the guard of '" + guardedComponent
                    + "', whose policy only the configurator changes; propose or apply a PolicyPatch through "
                    + "hms.configurator()");
        }
        gate.updatePolicy(newPolicy);
    }

    /** The count, estimate and wait queue behind this limiter; the guard's pipeline calls it directly. */
    LimitGate gate() {
        return gate;
    }

    /** Swaps the policy of a guard's limiter; the guard's own door. */
    void swapPolicy(ConcurrencyLimitPolicy newPolicy) {
        gate.updatePolicy(newPolicy);
    }

    @Override
    public String toString() {
        return "ConcurrencyLimiter[" + inFlight() + "/" + limit() + ", " + policy().algorithm() + "]";
    }
}
