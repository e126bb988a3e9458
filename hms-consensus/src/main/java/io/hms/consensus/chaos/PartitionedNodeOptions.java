package io.hms.consensus.chaos;

import com.alipay.sofa.jraft.option.NodeOptions;
import java.util.Objects;

/**
 * The node options of a Raft node that chaos may partition: jraft passes them to the RPC factory when
 * it makes the node's own client, which {@link PartitioningRpcFactory} then wraps. Not thread-safe, as
 * {@link NodeOptions}.
 */
public final class PartitionedNodeOptions extends NodeOptions implements PartitionedOptions {

    private final NodePartition partition;

    /** @param partition the node's partition state */
    public PartitionedNodeOptions(NodePartition partition) {
        this.partition = Objects.requireNonNull(partition, "partition");
    }

    @Override
    public NodePartition partition() {
        return partition;
    }
}
