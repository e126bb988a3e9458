package io.hms.core.chaos.fault;

import io.hms.api.spi.ClusterFaults;

/**
 * Kills this instance's Raft node: it stops abruptly, as in a crash (no leadership transfer), while
 * the host keeps running in degraded mode (guards, health checks and repairs go on with local locks).
 * Reverting restarts the node from its data directory; it rejoins the group and catches up. A killed
 * leader is replaced by a new one elected among the other nodes.
 *
 * <pre>{@code hms.chaos().inject(new NodeKillFault(), Duration.ofSeconds(5)); }</pre>
 *
 * <p>Needs a coordinator that supports {@link ClusterFaults} (hms-consensus' {@code RaftCoordinator}, whose
 * config enables them with {@code chaosFaults(true)});
 * refused with an {@link IllegalStateException} otherwise. Its target is {@value ClusterFaults#TARGET}.
 */
public record NodeKillFault() implements Fault {

    @Override
    public FaultKind kind() {
        return FaultKind.NODE_KILL;
    }

    @Override
    public String target() {
        return ClusterFaults.TARGET;
    }

    @Override
    public String describe() {
        return "Raft node stopped as in a crash, restarted on revert";
    }
}
