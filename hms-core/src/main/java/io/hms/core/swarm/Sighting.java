package io.hms.core.swarm;

import io.hms.api.spi.SwarmReport.ComponentState;
import java.time.Duration;

/**
 * A component as one instance of the cluster sees it, and how old that news is.
 *
 * @param nodeId the instance
 * @param state  what it reported of the component
 * @param age    how long ago its report arrived here (zero for this instance: read now)
 */
public record Sighting(String nodeId, ComponentState state, Duration age) {
}
