package io.hms.consensus.chaos;

import com.alipay.sofa.jraft.option.CliOptions;
import java.util.Objects;

/**
 * The options of the membership client of a node that chaos may partition (it also forwards the node's
 * commands to the leader), so that {@link PartitioningRpcFactory} wraps that client too. Not
 * thread-safe, as {@link CliOptions}.
 */
public final class PartitionedCliOptions extends CliOptions implements PartitionedOptions {

    private final NodePartition partition;

    /** @param partition the node's partition state */
    public PartitionedCliOptions(NodePartition partition) {
        this.partition = Objects.requireNonNull(partition, "partition");
    }

    @Override
    public NodePartition partition() {
        return partition;
    }
}
