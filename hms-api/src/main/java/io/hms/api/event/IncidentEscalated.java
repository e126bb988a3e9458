package io.hms.api.event;

import java.time.Duration;
import java.time.Instant;

/**
 * Every level of a component's playbook ran and the component is still unhealthy; the healer tries
 * the ladder again after a backoff. This is the event to page a person on.
 *
 * @param time       when
 * @param component  the component
 * @param incidentId the incident
 * @param attempt    the pass over the ladder that just failed, from 1
 * @param retryIn    when the next pass starts
 * @param reason     the last failure
 */
public record IncidentEscalated(Instant time, String component, String incidentId, int attempt, Duration retryIn,
                                String reason) implements ComponentEvent {
}
