package io.hms.core.monitor.anomaly;

import java.time.Duration;
import java.util.Objects;

/**
 * How the monitor looks for anomalies in each component's signals.
 *
 * <pre>{@code
 * Hms.builder().anomalies(AnomalyOptions.defaults().withResponse(AnomalyResponse.REPAIR_EARLY));
 * Hms.builder().anomalies(AnomalyOptions.disabled());
 * }</pre>
 *
 * @param enabled  whether to look at all (also needs an {@link io.hms.api.spi.AnomalyDetectorProvider} on the
 *                 class path, such as {@code hms-anomaly})
 * @param tick     how often each component's signals are sampled and given to its detector
 * @param sustain  how many anomalous ticks in a row raise an anomaly, at least 1
 * @param calm     how many usual ticks in a row end it, so that the next one is raised again, at least 1
 * @param response what the runtime does beyond publishing it
 * @param seed     seeds the detectors (each component's from this and its name)
 */
public record AnomalyOptions(boolean enabled, Duration tick, int sustain, int calm, AnomalyResponse response,
                             long seed) {

    /** Validates; each error names the setting and the fix. */
    public AnomalyOptions {
        Objects.requireNonNull(response, "response");
        if (tick == null || tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be a positive duration, got " + tick
                    + "; it is how often the signals are sampled, e.g. Duration.ofSeconds(1)");
        }
        if (sustain < 1) {
            throw new IllegalArgumentException("sustain must be at least 1 tick, got " + sustain
                    + "; it is how many anomalous ticks in a row raise an anomaly (3 by default)");
        }
        if (calm < 1) {
            throw new IllegalArgumentException("calm must be at least 1 tick, got " + calm
                    + "; it is how many usual ticks in a row end an anomaly (30 by default)");
        }
    }

    /** On, a tick a second, raised after 3 anomalous ticks in a row, over after 30 usual ones, published only. */
    public static AnomalyOptions defaults() {
        return new AnomalyOptions(true, Duration.ofSeconds(1), 3, 30, AnomalyResponse.NOTHING, 0L);
    }

    /** Off: no detector is created and nothing is sampled. */
    public static AnomalyOptions disabled() {
        return new AnomalyOptions(false, Duration.ofSeconds(1), 3, 30, AnomalyResponse.NOTHING, 0L);
    }

    /** These options with another response. */
    public AnomalyOptions withResponse(AnomalyResponse value) {
        return new AnomalyOptions(enabled, tick, sustain, calm, value, seed);
    }

    /** These options with another tick. */
    public AnomalyOptions withTick(Duration value) {
        return new AnomalyOptions(enabled, value, sustain, calm, response, seed);
    }

    /** These options with other ticks to raise and to end an anomaly. */
    public AnomalyOptions withEpisodes(int newSustain, int newCalm) {
        return new AnomalyOptions(enabled, tick, newSustain, newCalm, response, seed);
    }

    /** These options with another seed. */
    public AnomalyOptions withSeed(long value) {
        return new AnomalyOptions(enabled, tick, sustain, calm, response, value);
    }
}
