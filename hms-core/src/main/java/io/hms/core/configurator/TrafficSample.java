package io.hms.core.configurator;

import java.time.Duration;

/**
 * Cumulative figures of a stream of guarded calls.
 *
 * @param calls             calls made
 * @param errors            calls that did not succeed: failed, or refused by the breaker or the limit
 *                          (whether or not a fallback then answered them)
 * @param completed         calls that ran to an end, successful or not (the refused ones did not)
 * @param totalLatencyNanos the sum of the completed calls' latencies
 */
public record TrafficSample(long calls, long errors, long completed, long totalLatencyNanos) {

    /** No calls. */
    public static final TrafficSample EMPTY = new TrafficSample(0, 0, 0, 0);

    /** The calls made since {@code earlier}. */
    public TrafficSample since(TrafficSample earlier) {
        return new TrafficSample(calls - earlier.calls, errors - earlier.errors, completed - earlier.completed,
                totalLatencyNanos - earlier.totalLatencyNanos);
    }

    /** Failed calls over calls, 0 without calls. */
    public double errorRate() {
        return calls == 0 ? 0 : (double) errors / calls;
    }

    /** Mean latency of the completed calls, zero without any. */
    public Duration meanLatency() {
        return completed == 0 ? Duration.ZERO : Duration.ofNanos(totalLatencyNanos / completed);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d calls, %.1f%% errors, mean %.1f ms", calls,
                errorRate() * 100, meanLatency().toNanos() / 1e6);
    }
}
