package io.hms.core.chaos.fault;

import io.hms.api.spi.ClusterFaults;

/**
 * Partitions this instance's node of the cluster, the one its coordinator runs, from the others: every
 * message the node exchanges with its peers is dropped, both ways, while the node keeps running. An isolated
 * leader steps down once its lease lapses and the majority elects a new one; the isolated node reports
 * {@code DEGRADED}. Reverting heals the partition; the node rejoins and catches up.
 *
 * <pre>{@code hms.chaos().inject(new PartitionFault(), Duration.ofSeconds(5)); }</pre>
 *
 * <p>Acts through the coordinator's {@link ClusterFaults}: {@link ClusterFaults#isolateNode()}, and
 * {@link ClusterFaults#healNode()} on revert. Needs a coordinator that offers cluster faults (hms-consensus'
 * does when its config enables chaos faults); refused with an {@link IllegalStateException} otherwise. Its
 * target is {@value ClusterFaults#TARGET}.
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
        return "cluster traffic of this node dropped both ways, healed on revert";
    }
}
