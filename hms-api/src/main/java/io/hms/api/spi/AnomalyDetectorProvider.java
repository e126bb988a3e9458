package io.hms.api.spi;

import java.util.List;

/**
 * Creates the {@link AnomalyDetector}s of a runtime, found with {@link java.util.ServiceLoader} (for example
 * by putting {@code hms-anomaly} on the class path). Without one the monitor raises no anomaly.
 *
 * <pre>{@code
 * // META-INF/services/io.hms.api.spi.AnomalyDetectorProvider
 * com.example.MyDetectorProvider
 * }</pre>
 */
public interface AnomalyDetectorProvider {

    /** A short name for the log, e.g. {@code random-cut-forest}. */
    String name();

    /**
     * A fresh detector for one component's signals.
     *
     * @param component the component it watches
     * @param signals   the names of the signals, in the order {@link AnomalyDetector#observe} gets their values
     * @param seed      seeds the detector's randomness, so a run can be repeated
     */
    AnomalyDetector create(String component, List<String> signals, long seed);
}
