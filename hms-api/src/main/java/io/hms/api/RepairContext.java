package io.hms.api;

import java.time.Duration;

/**
 * What a repair is told about the incident it serves.
 *
 * @param component  the component being repaired
 * @param incidentId the incident, unique within the runtime
 * @param level      the rung being run
 * @param attempt    1 for the first pass over the ladder in this incident, 2 after the first escalation, ...
 * @param reason     why the incident opened (the failing health reason or breaker transition)
 * @param timeout    how long this repair may run before it is abandoned
 */
public record RepairContext(
        String component, String incidentId, int level, int attempt, String reason, Duration timeout) {
}
