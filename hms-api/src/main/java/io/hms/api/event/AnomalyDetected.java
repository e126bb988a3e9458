package io.hms.api.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The monitor saw a component's signals take a shape they do not usually have, for several ticks in a row,
 * before any health check failed: an early warning. The optimizer takes it as a reason to look at the
 * component's trace now; the healer may repair early, as the runtime's
 * {@code AnomalyOptions.response()} says.
 *
 * <pre>{@code
 * hms.events().subscribe(AnomalyDetected.class, a -> log.warn("{}: anomaly grade {} ({})", a.component(),
 *         a.grade(), a.signals()));
 * }</pre>
 *
 * @param time      when the anomaly had lasted long enough to be raised
 * @param component the component
 * @param grade     how sure the detector is that this is an anomaly, in (0, 1]
 * @param score     the detector's raw anomaly score (higher is stranger)
 * @param ticks     how many ticks in a row it has lasted
 * @param signals   what was seen against what was expected, the strangest first
 */
public record AnomalyDetected(Instant time, String component, double grade, double score, int ticks,
                              List<Signal> signals) implements ComponentEvent {

    /** Validates and copies. */
    public AnomalyDetected {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(component, "component");
        signals = List.copyOf(signals);
    }

    /**
     * One signal of the component at the tick the anomaly was raised.
     *
     * @param name     the signal, e.g. {@code call.latency.ms} or {@code call.error.rate}
     * @param expected what the detector expected of it (NaN when it gives no expectation)
     * @param seen     what was measured
     */
    public record Signal(String name, double expected, double seen) {

        /** Validates. */
        public Signal {
            Objects.requireNonNull(name, "name");
        }
    }
}
