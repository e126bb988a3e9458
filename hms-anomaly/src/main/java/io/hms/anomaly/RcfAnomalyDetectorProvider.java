package io.hms.anomaly;

import io.hms.api.spi.AnomalyDetector;
import io.hms.api.spi.AnomalyDetectorProvider;
import java.util.List;

/**
 * The monitor's anomaly detectors on the class path: a thresholded Random Cut Forest per component
 * ({@code software.amazon.randomcutforest}), found with {@link java.util.ServiceLoader}. Add
 * {@code hms-anomaly} beside {@code hms-core} and every runtime raises
 * {@link io.hms.api.event.AnomalyDetected} unless its {@code AnomalyOptions} are disabled.
 *
 * <pre>{@code
 * AnomalyDetector detector = new RcfAnomalyDetectorProvider().create("inventory", List.of("latency", "errors"), 1L);
 * }</pre>
 */
public final class RcfAnomalyDetectorProvider implements AnomalyDetectorProvider {

    /** For {@link java.util.ServiceLoader}. */
    public RcfAnomalyDetectorProvider() {
    }

    @Override
    public String name() {
        return "random-cut-forest";
    }

    /**
     * A forest over {@code component}'s {@code signals}, seeded by {@code seed}.
     *
     * @throws IllegalArgumentException if there is no signal
     */
    @Override
    public AnomalyDetector create(String component, List<String> signals, long seed) {
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("an anomaly detector needs at least one signal");
        }
        return new RcfAnomalyDetector(signals.size(), seed);
    }
}
