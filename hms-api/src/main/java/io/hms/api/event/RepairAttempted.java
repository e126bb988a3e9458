package io.hms.api.event;

import java.time.Duration;
import java.time.Instant;

/**
 * The healer ran one repair step, and verified the component's health afterwards.
 *
 * @param time       when the step ended
 * @param component  the component
 * @param incidentId the incident it served
 * @param function   the repair function's name
 * @param level      its level
 * @param attempt    the pass over the ladder, from 1
 * @param outcome    what came of it
 * @param duration   how long the repair and its verification took
 * @param detail     the exception, timeout or health reason, empty when verified
 */
public record RepairAttempted(Instant time, String component, String incidentId, String function, int level,
                              int attempt, RepairOutcome outcome, Duration duration, String detail)
        implements ComponentEvent {
}
