package io.hms.consensus.chaos;

/**
 * jraft options that opt a node's RPC clients into partitions: {@link PartitioningRpcFactory} wraps a
 * client made with such options so that it drops every request while {@link #partition()} is isolated.
 * Options of any other type get the wrapped factory's own clients.
 */
public interface PartitionedOptions {

    /** The partition state of the node the client belongs to. */
    NodePartition partition();
}
