package io.hms.core.chaos.fault;

import io.hms.api.spi.ClusterFaults;

/**
 * Kills this instance's node of the cluster, the one its coordinator runs: the node stops abruptly, as in a
 * crash (no leadership transfer), while the host keeps running in degraded mode (guards, health checks and
 * repairs go on with local locks). Reverting restarts the node from its persisted state; it rejoins the
 * cluster and catches up. A killed leader is replaced by a new one elected among the other nodes.
 *
 * <pre>{@code hms.chaos().inject(new NodeKillFault(), Duration.ofSeconds(5)); }</pre>
 *
 * <p>Acts through the coordinator's {@link ClusterFaults}: {@link ClusterFaults#crashNode()}, and
 * {@link ClusterFaults#restartNode()} on revert. Needs a coordinator that offers cluster faults (hms-consensus'
 * does when its config enables chaos faults); refused with an {@link IllegalStateException} otherwise. Its
 * target is {@value ClusterFaults#TARGET}.
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
        return "node stopped as in a crash, restarted on revert";
    }
}
