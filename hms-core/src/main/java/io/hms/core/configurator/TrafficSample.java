package io.hms.core.configurator;

import java.time.Duration;

/**
 * Cumulative figures of a stream of guarded calls.
 *
 * @param calls             calls made
 * @param errors            calls that failed (answered by a fallback or thrown to the caller)
 * @param totalLatencyNanos the sum of their latencies
 */
public record TrafficSample(long calls, long errors, long totalLatencyNanos) {

    /** No calls. */
    public static final TrafficSample EMPTY = new TrafficSample(0, 0, 0);

    /** The calls made since {@code earlier}. */
    public TrafficSample since(TrafficSample earlier) {
        return new TrafficSample(calls - earlier.calls, errors - earlier.errors,
                totalLatencyNanos - earlier.totalLatencyNanos);
    }

    /** Failed calls over calls, 0 without calls. */
    public double errorRate() {
        return calls == 0 ? 0 : (double) errors / calls;
    }

    /** Mean latency, zero without calls. */
    public Duration meanLatency() {
        return calls == 0 ? Duration.ZERO : Duration.ofNanos(totalLatencyNanos / calls);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d calls, %.1f%% errors, mean %.1f ms", calls,
                errorRate() * 100, meanLatency().toNanos() / 1e6);
    }
}
