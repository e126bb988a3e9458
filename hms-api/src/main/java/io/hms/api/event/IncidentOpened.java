package io.hms.api.event;

import java.time.Instant;

/**
 * The healer opened an incident for a component that went DOWN or whose breaker opened.
 *
 * @param time       when
 * @param component  the component
 * @param incidentId the incident
 * @param trigger    what opened it
 */
public record IncidentOpened(Instant time, String component, String incidentId, String trigger)
        implements ComponentEvent {
}
