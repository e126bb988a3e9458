package io.hms.core.guard;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.core.guard.internal.Cells;
import io.hms.core.guard.internal.LimitStrategy;
import java.util.Objects;

/**
 * Bounds how many calls to a component are in flight at once, and adapts the bound to how the
 * component behaves ({@link LimitAlgorithm}): FIXED keeps it, AIMD grows it by one per fast success
 * while it is in use and multiplies it by the backoff ratio on a drop (a failure, a timeout, or a call
 * slower than the latency threshold), GRADIENT shrinks it as the recent round-trip time rises above
 * the no-load one. The limit always stays within the policy's {@code [minLimit, maxLimit]}.
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
 * <p>Thread-safety: lock-free; the in-flight count and the limit are atomics changed by
 * compare-and-set. The limit is kept as a fractional estimate; {@link #limit()} is its integer part.
 * A limiter made by {@link #confined} runs the same logic on plain fields, for one thread only, and
 * stores each new limit outright: with no other thread there is no update to lose.
 */
public final class ConcurrencyLimiter {

    private static final int IN_FLIGHT = 0;
    private static final int ESTIMATE = 1; // double bits

    private final Cells cells;
    private final boolean confined;
    private volatile ConcurrencyLimitPolicy policy;
    private volatile LimitStrategy strategy;

    private ConcurrencyLimiter(ConcurrencyLimitPolicy policy, boolean confined) {
        this.policy = policy;
        this.cells = Cells.of(2, confined);
        this.confined = confined;
        this.strategy = LimitStrategy.of(policy, null, confined);
        cells.set(ESTIMATE, Double.doubleToRawLongBits(policy.initialLimit()));
    }

    /** A limiter starting at the policy's initial limit. */
    public static ConcurrencyLimiter of(ConcurrencyLimitPolicy policy) {
        return new ConcurrencyLimiter(Objects.requireNonNull(policy, "policy"), false);
    }

    /**
     * A limiter like {@link #of} that one thread drives alone — a simulation on virtual time, such as
     * the optimizer's trace replay: the same limit logic, on plain fields instead of atomics. Calling it
     * from more than one thread loses updates.
     */
    public static ConcurrencyLimiter confined(ConcurrencyLimitPolicy policy) {
        return new ConcurrencyLimiter(Objects.requireNonNull(policy, "policy"), true);
    }

    /** Takes a place if fewer calls than the limit are in flight; pair with {@link #release}. */
    public boolean tryAcquire() {
        int limit = limit();
        while (true) {
            long current = cells.get(IN_FLIGHT);
            if (current >= limit) {
                return false;
            }
            if (cells.compareAndSet(IN_FLIGHT, current, current + 1)) {
                return true;
            }
        }
    }

    /**
     * Gives back a place and lets the limit learn from the call.
     *
     * @param latencyNanos how long the call took
     * @param dropped      whether it failed or timed out
     */
    public void release(long latencyNanos, boolean dropped) {
        int wasInFlight = (int) cells.getAndAdd(IN_FLIGHT, -1);
        LimitStrategy current = strategy;
        current.observe(latencyNanos, dropped);
        ConcurrencyLimitPolicy bounds = policy;
        if (confined) { // stored whether it moved or not: a branch on that goes either way at random under load
            double limit = Double.longBitsToDouble(cells.get(ESTIMATE));
            double next = clamp(current.next(limit, latencyNanos, dropped, wasInFlight), bounds);
            cells.set(ESTIMATE, Double.doubleToRawLongBits(next));
            return;
        }
        while (true) {
            long bits = cells.get(ESTIMATE);
            double limit = Double.longBitsToDouble(bits);
            double next = clamp(current.next(limit, latencyNanos, dropped, wasInFlight), bounds);
            if (next == limit || cells.compareAndSet(ESTIMATE, bits, Double.doubleToRawLongBits(next))) {
                return;
            }
        }
    }

    private static double clamp(double limit, ConcurrencyLimitPolicy bounds) {
        return Math.max(bounds.minLimit(), Math.min(bounds.maxLimit(), limit));
    }

    /** How many calls may be in flight now. */
    public int limit() {
        return (int) Double.longBitsToDouble(cells.get(ESTIMATE));
    }

    /** How many calls are in flight now. */
    public int inFlight() {
        return (int) cells.get(IN_FLIGHT);
    }

    /** The current policy. */
    public ConcurrencyLimitPolicy policy() {
        return policy;
    }

    /**
     * Swaps the policy live. The current limit is kept, clamped to the new bounds (a FIXED policy sets
     * its initial limit); a GRADIENT limiter that stays GRADIENT keeps what it learned about latency.
     * Calls in flight are unaffected.
     */
    public void updatePolicy(ConcurrencyLimitPolicy newPolicy) {
        Objects.requireNonNull(newPolicy, "policy");
        strategy = LimitStrategy.of(newPolicy, strategy, confined);
        policy = newPolicy;
        while (true) {
            long bits = cells.get(ESTIMATE);
            double next = newPolicy.algorithm() == LimitAlgorithm.FIXED ? newPolicy.initialLimit()
                    : clamp(Double.longBitsToDouble(bits), newPolicy);
            if (cells.compareAndSet(ESTIMATE, bits, Double.doubleToRawLongBits(next))) {
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "ConcurrencyLimiter[" + inFlight() + "/" + limit() + ", " + policy.algorithm() + "]";
    }
}
