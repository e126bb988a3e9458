package io.hms.core.guard.internal;

import io.hms.api.policy.ConcurrencyLimitPolicy;

/**
 * The gradient algorithm: compare the recent round-trip time (an exponentially weighted moving
 * average) with the no-load RTT (the lowest seen, drifting slowly up towards the average so a
 * permanently slower dependency is eventually accepted) and set
 *
 * <pre>{@code
 * gradient = clamp(tolerance * rttNoLoad / rtt, 0.5, 1.0)
 * target   = limit * gradient + sqrt(limit)          // sqrt(limit): the queue allowance
 * limit    = limit * (1 - SMOOTHING) + target * SMOOTHING
 * }</pre>
 *
 * A drop multiplies the limit by the backoff ratio. The limit does not grow while less than half of
 * it is in use. Both averages are doubles kept as bits in {@link Cells}: shared cells updated by
 * compare-and-set for a guard, plain ones for a confined limiter.
 */
public final class GradientLimit implements LimitStrategy {

    static final double RTT_WEIGHT = 0.2;
    static final double NO_LOAD_DRIFT = 0.001;
    static final double SMOOTHING = 0.2;

    private static final int RTT = 0;
    private static final int NO_LOAD_RTT = 1;

    private final double tolerance;
    private final double backoffRatio;
    private final Cells averages; // double bits

    GradientLimit(ConcurrencyLimitPolicy policy, GradientLimit previous, boolean confined) {
        this.tolerance = policy.tolerance();
        this.backoffRatio = policy.backoffRatio();
        this.averages = Cells.of(2, confined);
        if (previous != null) {
            averages.set(RTT, previous.averages.get(RTT));
            averages.set(NO_LOAD_RTT, previous.averages.get(NO_LOAD_RTT));
        }
    }

    /** The smoothed recent RTT in nanoseconds, 0 before the first sample. */
    public double rttNanos() {
        return Double.longBitsToDouble(averages.get(RTT));
    }

    /** The no-load RTT in nanoseconds, 0 before the first sample. */
    public double noLoadRttNanos() {
        return Double.longBitsToDouble(averages.get(NO_LOAD_RTT));
    }

    @Override
    public void observe(long latencyNanos, boolean dropped) {
        double sample = Math.max(1, latencyNanos);
        double average;
        while (true) {
            long bits = averages.get(RTT);
            double current = Double.longBitsToDouble(bits);
            average = current == 0 ? sample : current + RTT_WEIGHT * (sample - current);
            if (averages.compareAndSet(RTT, bits, Double.doubleToRawLongBits(average))) {
                break;
            }
        }
        while (true) {
            long bits = averages.get(NO_LOAD_RTT);
            double current = Double.longBitsToDouble(bits);
            double next = current == 0 || sample < current ? sample : current + NO_LOAD_DRIFT * (average - current);
            if (next == current || averages.compareAndSet(NO_LOAD_RTT, bits, Double.doubleToRawLongBits(next))) {
                return;
            }
        }
    }

    @Override
    public double next(double current, long latencyNanos, boolean dropped, int inFlight) {
        if (dropped) {
            return current * backoffRatio;
        }
        double recent = rttNanos();
        double noLoad = noLoadRttNanos();
        if (recent <= 0 || noLoad <= 0) {
            return current;
        }
        double gradient = Math.max(0.5, Math.min(1.0, tolerance * noLoad / recent));
        double target = current * gradient + Math.sqrt(current);
        double next = current * (1 - SMOOTHING) + target * SMOOTHING;
        if (next > current && inFlight * 2.0 < current) {
            return current;
        }
        return next;
    }
}
