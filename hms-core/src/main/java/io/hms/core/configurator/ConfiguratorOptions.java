package io.hms.core.configurator;

import java.time.Duration;
import java.util.Objects;

/**
 * How patches are canaried and judged.
 *
 * @param canaryFraction       share of calls sent through the candidate, in (0, 1]
 * @param bakeWindow           how long the canary runs before it is judged
 * @param minCanaryCalls       calls the canary must see to be judged; fewer rolls the patch back
 * @param maxErrorRateIncrease how much higher (absolute, 0.01 = one point) the canary's error rate may be
 * @param maxLatencyIncrease   how much slower (relative, 0.2 = 20 %) the canary's mean latency may be
 */
public record ConfiguratorOptions(double canaryFraction, Duration bakeWindow, int minCanaryCalls,
                                  double maxErrorRateIncrease, double maxLatencyIncrease) {

    /** Validates the fields. */
    public ConfiguratorOptions {
        if (!(canaryFraction > 0 && canaryFraction <= 1)) {
            throw new IllegalArgumentException("canaryFraction must be in (0, 1], got " + canaryFraction);
        }
        Objects.requireNonNull(bakeWindow, "bakeWindow");
        if (bakeWindow.isNegative() || bakeWindow.isZero()) {
            throw new IllegalArgumentException("bakeWindow must be positive, got " + bakeWindow);
        }
        if (minCanaryCalls < 0) {
            throw new IllegalArgumentException("minCanaryCalls must not be negative, got " + minCanaryCalls);
        }
        if (!(maxErrorRateIncrease >= 0 && maxErrorRateIncrease <= 1)) {
            throw new IllegalArgumentException("maxErrorRateIncrease must be in [0, 1], got " + maxErrorRateIncrease);
        }
        if (!(maxLatencyIncrease >= 0)) {
            throw new IllegalArgumentException("maxLatencyIncrease must not be negative, got " + maxLatencyIncrease);
        }
    }

    /** 10 % of calls for 60 s, at least 20 calls, one point more errors and 20 % more latency tolerated. */
    public static ConfiguratorOptions defaults() {
        return new ConfiguratorOptions(0.1, Duration.ofSeconds(60), 20, 0.01, 0.2);
    }

    /** These options with another canary share and bake window. */
    public ConfiguratorOptions withCanary(double fraction, Duration window) {
        return new ConfiguratorOptions(fraction, window, minCanaryCalls, maxErrorRateIncrease, maxLatencyIncrease);
    }

    /** These options with another minimum of canary calls. */
    public ConfiguratorOptions withMinCanaryCalls(int calls) {
        return new ConfiguratorOptions(canaryFraction, bakeWindow, calls, maxErrorRateIncrease, maxLatencyIncrease);
    }
}
