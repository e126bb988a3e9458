package io.hms.core.chaos.fault;

import io.hms.api.spi.ClusterFaults;

/**
 * Partitions this instance's Raft node from the others: every Raft message it sends or receives is
 * dropped, both ways, while the node keeps running. An isolated leader steps down once its lease
 * lapses and the majority elects a new one; the isolated node reports {@code DEGRADED}. Reverting
 * heals the partition; the node rejoins and catches up.
 *
 * <pre>{@code hms.chaos().inject(new PartitionFault(), Duration.ofSeconds(5)); }</pre>
 *
 * <p>Needs a coordinator that supports {@link ClusterFaults} (hms-consensus' {@code RaftCoordinator}, whose
 * config enables them with {@code chaosFaults(true)});
 * refused with an {@link IllegalStateException} otherwise. Its target is {@value ClusterFaults#TARGET}.
 */
public record PartitionFault() implements Fault {

    @Override
    public FaultKind kind() {
        return FaultKind.PARTITION;
    }

    @Override
    public String target() {
        return ClusterFaults.TARGET;
    }

    @Override
    public String describe() {
        return "Raft traffic of this node dropped both ways, healed on revert";
    }
}
