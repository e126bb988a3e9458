package io.hms.examples.optimize;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A dependency that copes with {@code capacity} calls in flight and degrades beyond: with {@code x} the
 * excess in flight over capacity as a fraction of it, a call takes {@code baseMillis * (1 + 3x)} and fails
 * with probability {@code 0.02 + 0.4x} (at most 0.95). Retries and long timeouts keep more calls in flight,
 * so a policy that retries eagerly under overload makes it worse — the spiral the optimizer should learn to
 * avoid. Thread-safe.
 */
public final class OverloadedDependency {

    private final int capacity;
    private final long baseMillis;
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * @param capacity   calls in flight it serves without harm, at least 1
     * @param baseMillis the latency of a call within capacity
     */
    public OverloadedDependency(int capacity, long baseMillis) {
        if (capacity < 1 || baseMillis < 1) {
            throw new IllegalArgumentException("capacity and baseMillis must be at least 1, got " + capacity
                    + " and " + baseMillis);
        }
        this.capacity = capacity;
        this.baseMillis = baseMillis;
    }

    /** Serves one call: waits out its latency, then answers or throws. */
    public String call() throws InterruptedException {
        int now = inFlight.incrementAndGet();
        try {
            double excess = Math.max(0, (double) now / capacity - 1);
            long micros = (long) (baseMillis * 1000 * (1 + 3 * excess) * (0.75 + 0.5 * ThreadLocalRandom.current().nextDouble()));
            Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
            if (ThreadLocalRandom.current().nextDouble() < Math.min(0.95, 0.02 + 0.4 * excess)) {
                throw new IllegalStateException("dependency overloaded: " + now + " calls in flight");
            }
            return "ok";
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
