package io.hms.core.guard;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one guard pipeline (the baseline, or a canary): how its calls ended. Each counter is a
 * {@link LongAdder}, so recording is lock-free, allocation-free and cheap under contention; read them
 * through an immutable {@link #snapshot()}.
 *
 * <p>What is counted, per call unless noted: a call ends in exactly one of {@code successes},
 * {@code failures} (the guarded code threw or timed out on its last attempt), {@code rejectedByBreaker}
 * or {@code rejectedByLimit} (refused before any attempt ran). {@code fallbacks} counts calls of any of
 * the last three kinds that a fallback answered. {@code timeouts} counts timed-out attempts and
 * {@code retries} attempts after the first. {@code totalLatencyNanos} sums, over successes and
 * failures, the time from the first attempt's start to the last attempt's end (backoff included).
 *
 * <pre>{@code
 * GuardStats.Snapshot s = guard.stats().snapshot();
 * log.info("{} calls, {}% errors, mean {}", s.calls(), s.errorRate() * 100, s.meanLatency());
 * }</pre>
 *
 * <p>Thread-safe. A snapshot taken under load is not atomic across counters.
 */
public final class GuardStats {

    private final LongAdder successes = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder fallbacks = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder rejectedByBreaker = new LongAdder();
    private final LongAdder rejectedByLimit = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder totalLatencyNanos = new LongAdder();

    void success(long latencyNanos) {
        successes.increment();
        totalLatencyNanos.add(latencyNanos);
    }

    void failure(long latencyNanos) {
        failures.increment();
        totalLatencyNanos.add(latencyNanos);
    }

    void fallback() {
        fallbacks.increment();
    }

    void timeout() {
        timeouts.increment();
    }

    void rejectedByBreaker() {
        rejectedByBreaker.increment();
    }

    void rejectedByLimit() {
        rejectedByLimit.increment();
    }

    void retry() {
        retries.increment();
    }

    /** The counters now. */
    public Snapshot snapshot() {
        return new Snapshot(successes.sum(), failures.sum(), fallbacks.sum(), timeouts.sum(),
                rejectedByBreaker.sum(), rejectedByLimit.sum(), retries.sum(), totalLatencyNanos.sum());
    }

    /**
     * The counters at one moment; see {@link GuardStats} for what each counts.
     *
     * @param successes         calls that returned a value from the guarded code
     * @param failures          calls whose last attempt threw or timed out
     * @param fallbacks         calls answered by the fallback
     * @param timeouts          attempts that timed out
     * @param rejectedByBreaker calls refused by the circuit breaker
     * @param rejectedByLimit   calls refused by the concurrency limit
     * @param retries           attempts after the first
     * @param totalLatencyNanos summed latency of successes and failures
     */
    public record Snapshot(long successes, long failures, long fallbacks, long timeouts, long rejectedByBreaker,
                           long rejectedByLimit, long retries, long totalLatencyNanos) {

        /** Every call: successes, failures and refusals. */
        public long calls() {
            return successes + failures + rejectedByBreaker + rejectedByLimit;
        }

        /** The share of calls that did not succeed (failures and refusals), in [0, 1]; 0 without calls. */
        public double errorRate() {
            long calls = calls();
            return calls == 0 ? 0.0 : (double) (calls - successes) / calls;
        }

        /** The mean latency of successes and failures, in nanoseconds; 0 without such calls. */
        public double meanLatencyNanos() {
            long completed = successes + failures;
            return completed == 0 ? 0.0 : (double) totalLatencyNanos / completed;
        }

        /** The mean latency of successes and failures; zero without such calls. */
        public Duration meanLatency() {
            return Duration.ofNanos(Math.round(meanLatencyNanos()));
        }

        /** The counts accumulated since {@code earlier}, a previous snapshot of the same stats. */
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(successes - earlier.successes, failures - earlier.failures,
                    fallbacks - earlier.fallbacks, timeouts - earlier.timeouts,
                    rejectedByBreaker - earlier.rejectedByBreaker, rejectedByLimit - earlier.rejectedByLimit,
                    retries - earlier.retries, totalLatencyNanos - earlier.totalLatencyNanos);
        }
    }
}
