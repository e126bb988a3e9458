package io.hms.ga.replay;



/**
 * What one {@link TraceReplay} of a candidate policy delivered, and its scalar score.
 *
 * <pre>{@code
 * ReplayResult r = replay.replay(candidate, 42L);
 * r.goodputPerSecond(); r.errorRate(); r.p99LatencyNanos(); r.loadPerSecond(); r.score();
 * }</pre>
 *
 * @param offeredCalls    caller calls in the trace
 * @param successfulCalls calls that returned a value to the caller
 * @param failedCalls     calls that ended in an error the caller saw (failures, timeouts, refusals)
 * @param rejectedCalls   of the failed, those the breaker or the concurrency limit refused
 * @param attemptsSent    attempts that reached the dependency, retries included
 * @param durationNanos   the trace's span, the denominator of the rates
 * @param p99LatencyNanos the 99th percentile of the successful calls' latency (within 12.5 %), 0 without one
 * @param breakerOpenings how often the breaker opened
 * @param events          events the replay processed: call arrivals, ends of attempts sent (success, failure
 *                        or timeout) and ends of retry backoffs; a refused attempt adds none
 * @param score           the weighted score, higher is better (see {@link ScoreWeights})
 */
public record ReplayResult(long offeredCalls, long successfulCalls, long failedCalls, long rejectedCalls,
                           long attemptsSent, long durationNanos, long p99LatencyNanos, int breakerOpenings,
                           long events, double score) {

    /** This result with another score, as when the same replay is scored with other weights. */
    public ReplayResult withScore(double newScore) {
        return new ReplayResult(offeredCalls, successfulCalls, failedCalls, rejectedCalls, attemptsSent, durationNanos,
                p99LatencyNanos, breakerOpenings, events, newScore);
    }

    /** Successful calls delivered per second. */
    public double goodputPerSecond() {
        return successfulCalls / seconds();
    }

    /** Attempts sent to the dependency per second. */
    public double loadPerSecond() {
        return attemptsSent / seconds();
    }

    /** The fraction of calls that ended in an error the caller saw, in [0, 1]. */
    public double errorRate() {
        long done = successfulCalls + failedCalls;
        return done == 0 ? 0 : (double) failedCalls / done;
    }

    private double seconds() {
        return Math.max(1, durationNanos) / 1e9;
    }
}
