package io.hms.api.event;

import java.time.Duration;
import java.time.Instant;

/**
 * A component failed again soon after its incident closed, within its playbook's re-open window: the
 * same incident is open again, and goes on with the repair step after the one that seemed to work. Its
 * next {@link IncidentClosed} counts the time to recover from the first opening.
 *
 * @param time        when
 * @param component   the component
 * @param incidentId  the incident, as first opened
 * @param trigger     what re-opened it
 * @param closedFor   how long it had been closed
 * @param resolvedBy  the repair (or {@code "self"}) whose recovery did not last
 */
public record IncidentReopened(Instant time, String component, String incidentId, String trigger, Duration closedFor,
                               String resolvedBy) implements ComponentEvent {
}
