/**
 * What the instances of a cluster know of each other's components: {@link io.hms.core.swarm.SwarmView}, built
 * from the {@link io.hms.api.spi.SwarmReport.NodeState}s each instance tells through the coordinator.
 */
package io.hms.core.swarm;
