package io.hms.benchmarks.live;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongToIntFunction;

/**
 * A dependency that serves {@code capacity} calls in flight and degrades beyond: with {@code x} the excess
 * in flight over the capacity as a fraction of it, an attempt takes {@code baseMillis * (1 + 3x)} (±25 %) and
 * fails with probability {@code e0 + 0.4x} (at most 0.95). The capacity may change over the phase (a capacity
 * drop). The most it can serve is {@code capacity / baseMillis * (1 - e0)} good calls a second, when exactly
 * {@code capacity} attempts are in flight.
 */
final class CapacityDependency implements LiveDependency {

    private final LongToIntFunction capacityAt;
    private final long baseNanos;
    private final double errorProbability;
    private final long startNanos;
    private final Draws draws;
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * @param capacityAt       the capacity at a time since the phase started, in nanoseconds
     * @param baseMillis       an attempt's latency within capacity
     * @param errorProbability e0, the failure probability within capacity
     * @param startNanos       when the phase started, on {@link System#nanoTime()}
     * @param seed             seeds the draws
     */
    CapacityDependency(LongToIntFunction capacityAt, double baseMillis, double errorProbability, long startNanos,
                       long seed) {
        this.capacityAt = capacityAt;
        this.baseNanos = (long) (baseMillis * 1e6);
        this.errorProbability = errorProbability;
        this.startNanos = startNanos;
        this.draws = new Draws(seed);
    }

    @Override
    public void call(long call, int attempt) throws InterruptedException {
        int now = inFlight.incrementAndGet();
        try {
            int capacity = capacityAt.applyAsInt(System.nanoTime() - startNanos);
            double excess = Math.max(0, (double) now / capacity - 1);
            LiveDependency.sleepNanos((long) (baseNanos * (1 + 3 * excess)
                    * LiveDependency.jitter(draws.uniform(call, attempt, LATENCY))));
            if (draws.uniform(call, attempt, ERROR) < Math.min(0.95, errorProbability + 0.4 * excess)) {
                throw new IllegalStateException("dependency overloaded: " + now + " in flight, capacity " + capacity);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
