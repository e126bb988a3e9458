package io.hms.api.event;

import io.hms.api.Health;
import java.time.Instant;

/**
 * The monitor's judgement of a component changed status (after hysteresis).
 *
 * @param time      when
 * @param component the component
 * @param previous  the health before
 * @param current   the health now, with the reason of the last check
 */
public record HealthChanged(Instant time, String component, Health previous, Health current)
        implements ComponentEvent {
}
