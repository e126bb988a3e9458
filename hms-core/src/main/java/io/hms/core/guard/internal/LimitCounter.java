package io.hms.core.guard.internal;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.LimitAlgorithm;
import java.util.Objects;

/**
 * The logic behind {@link io.hms.core.guard.ConcurrencyLimiter}: the count of calls in flight and the
 * fractional limit estimate, moved by the policy's {@link LimitStrategy} after each call and clamped to
 * the policy's bounds.
 *
 * <p>{@link #shared} keeps both in atomic cells changed by compare-and-set, for the limiter of a guard
 * that many threads call at once. {@link #confined} runs the same logic on plain cells for one thread
 * that drives it alone, a simulation on virtual time such as the optimizer's trace replay, and stores
 * each new limit outright: with no other thread there is no update to lose. Calling a confined counter
 * from more than one thread loses updates.
 */
public final class LimitCounter {

    private static final int IN_FLIGHT = 0;
    private static final int ESTIMATE = 1; // double bits

    private final Cells cells;
    private final boolean confined;
    private volatile ConcurrencyLimitPolicy policy;
    private volatile LimitStrategy strategy;

    private LimitCounter(ConcurrencyLimitPolicy policy, boolean confined) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.cells = Cells.of(2, confined);
        this.confined = confined;
        this.strategy = LimitStrategy.of(policy, null, confined);
        cells.set(ESTIMATE, Double.doubleToRawLongBits(policy.initialLimit()));
    }

    /** A counter many threads may call, starting at the policy's initial limit. */
    public static LimitCounter shared(ConcurrencyLimitPolicy policy) {
        return new LimitCounter(policy, false);
    }

    /** A counter for one thread only, on plain cells, starting at the policy's initial limit. */
    public static LimitCounter confined(ConcurrencyLimitPolicy policy) {
        return new LimitCounter(policy, true);
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

    /** Gives back a place taken but not used for a call: the limit learns nothing. */
    public void giveBack() {
        cells.getAndAdd(IN_FLIGHT, -1);
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
     * Swaps the policy. The current limit is kept, clamped to the new bounds (a FIXED policy sets its
     * initial limit); a GRADIENT counter that stays GRADIENT keeps what it learned about latency.
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
}
