package io.hms.core.monitor.anomaly;

/**
 * A component's call counters at one moment, as its guard keeps them (running totals since it was made),
 * and its concurrency limit now: what the {@link AnomalyWatch} reads once per tick.
 *
 * @param successes    calls that succeeded
 * @param failures     calls whose last attempt failed or timed out
 * @param refused      calls refused by the breaker or the limit
 * @param latencyNanos the summed latency of successes and failures
 * @param limit        the concurrency limit in force
 */
public record CallCounts(long successes, long failures, long refused, long latencyNanos, int limit) {
}
