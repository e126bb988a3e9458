package io.hms.ga.replay;



/**
 * How a replayed dependency worsens when a candidate policy sends it more work than it carried while
 * the trace was recorded — the retry storm and overload the optimizer must learn to avoid.
 *
 * <p>For each time bucket the trace shows the rate {@code r} of attempts the dependency carried. The
 * replay measures the rate {@code s} of attempts it sends (smoothed over tenths of a bucket); the
 * overload is {@code x = max(0, s / (headroom * r) - 1)}, and a new attempt's latency is multiplied by
 * {@code 1 + latencySlope * x} and its error probability raised by {@code errorSlope * x} (capped at 1).
 * Less load than recorded does not make the dependency better than recorded. Measuring sent rate rather
 * than instantaneous concurrency keeps replay of the recorded load stable (no feedback from latency to
 * load) while retries and retry storms are punished in proportion to the extra work.
 *
 * <pre>{@code
 * DependencyModel model = DependencyModel.fromTrace(trace, Duration.ofSeconds(1), new LoadModel(1.25, 4.0, 0.5));
 * }</pre>
 *
 * @param headroom     how far above its recorded attempt rate the dependency copes unharmed, at least 1
 * @param latencySlope latency growth per unit of overload, at least 0
 * @param errorSlope   error-probability growth per unit of overload, at least 0
 */
public record LoadModel(double headroom, double latencySlope, double errorSlope) {

    /** Validates the fields. */
    public LoadModel {
        if (!(headroom >= 1.0 && headroom <= 100.0)) {
            throw new IllegalArgumentException("headroom must be in [1, 100], got " + headroom);
        }
        if (!(latencySlope >= 0 && latencySlope <= 1000)) {
            throw new IllegalArgumentException("latencySlope must be in [0, 1000], got " + latencySlope);
        }
        if (!(errorSlope >= 0 && errorSlope <= 1000)) {
            throw new IllegalArgumentException("errorSlope must be in [0, 1000], got " + errorSlope);
        }
    }

    /**
     * Headroom 1.25, latency slope 2, error slope 1: sending 25 % more than recorded is harmless, 50 % more
     * adds 20 % to the failure probability and 40 % to latency.
     */
    public static LoadModel defaults() {
        return new LoadModel(1.25, 2.0, 1.0);
    }

    /** A dependency that load does not affect. */
    public static LoadModel insensitive() {
        return new LoadModel(1.0, 0.0, 0.0);
    }
}
