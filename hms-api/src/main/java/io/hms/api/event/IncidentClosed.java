package io.hms.api.event;

import java.time.Duration;
import java.time.Instant;

/**
 * A component is healthy again and its incident is over.
 *
 * @param time       when
 * @param component  the component
 * @param incidentId the incident
 * @param mttr       time to recover, from opening to verified health
 * @param resolvedBy the repair function that fixed it, or {@value #SELF} when it recovered alone
 * @param steps      how many repair steps ran
 */
public record IncidentClosed(Instant time, String component, String incidentId, Duration mttr, String resolvedBy,
                             int steps) implements ComponentEvent {

    /** The {@link #resolvedBy()} of an incident that ended without a repair. */
    public static final String SELF = "self";
}
