package io.hms.ga.replay;

import java.util.Locale;

/**
 * How a dependency answers load: it serves {@code capacity} attempts in flight at its normal speed, and
 * beyond that every attempt gets slower and likelier to fail — the overload and retry storms a policy
 * must learn to avoid, and the reason shedding load pays.
 *
 * <p>With {@code k} attempts in flight at the dependency (those the caller gave up on by timeout
 * included: the dependency still works on them), the excess is {@code x = max(0, k - capacity) / capacity};
 * an attempt's latency is its unloaded latency times {@code 1 + latencySlope * x} and its failure
 * probability the unloaded one plus {@code errorSlope * x}, capped at 1. {@link DependencyModel#fromTrace}
 * learns the three numbers from the trace (where latency and errors turn as concurrency rises, by
 * Little's law); a model may also be given one.
 *
 * <pre>{@code
 * DependencyModel model = DependencyModel.fromTrace(trace, Duration.ofSeconds(1), new LoadModel(8, 3.0, 0.4));
 * }</pre>
 *
 * @param capacity     attempts in flight the dependency serves unharmed, at least 1 (infinite: load never hurts)
 * @param latencySlope latency growth per unit of excess, at least 0
 * @param errorSlope   failure-probability growth per unit of excess, at least 0
 */
public record LoadModel(double capacity, double latencySlope, double errorSlope) {

    /** Validates the fields. */
    public LoadModel {
        if (!(capacity >= 1)) {
            throw new IllegalArgumentException("capacity must be at least 1 attempt in flight, got " + capacity);
        }
        if (!(latencySlope >= 0 && latencySlope <= 1000)) {
            throw new IllegalArgumentException("latencySlope must be in [0, 1000], got " + latencySlope);
        }
        if (!(errorSlope >= 0 && errorSlope <= 1000)) {
            throw new IllegalArgumentException("errorSlope must be in [0, 1000], got " + errorSlope);
        }
    }

    /** A dependency that load does not affect. */
    public static LoadModel insensitive() {
        return new LoadModel(Double.POSITIVE_INFINITY, 0, 0);
    }

    /** The excess of {@code inFlight} attempts over the capacity, as a fraction of it. */
    public double excess(double inFlight) {
        return Math.max(0, inFlight - capacity) / capacity;
    }

    /** The factor on an unloaded latency with {@code inFlight} attempts in flight. */
    public double latencyFactor(double inFlight) {
        return 1 + latencySlope * excess(inFlight);
    }

    /** What {@code inFlight} attempts add to the unloaded failure probability. */
    public double addedErrorProbability(double inFlight) {
        return errorSlope * excess(inFlight);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "load[capacity %.1f in flight, latency +%.2f and errors +%.2f per excess]",
                capacity, latencySlope, errorSlope);
    }
}
