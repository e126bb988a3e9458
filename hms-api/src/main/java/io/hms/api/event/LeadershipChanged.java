package io.hms.api.event;

import java.time.Instant;

/**
 * This node gained or lost the leadership of its cluster; cluster-wide work runs on the leader only.
 *
 * @param time   when
 * @param nodeId this node
 * @param leader whether it is now the leader
 */
public record LeadershipChanged(Instant time, String nodeId, boolean leader) implements HmsEvent {
}
