/**
 * Chaos on the Raft layer, for the nodes whose coordinator enables chaos faults
 * ({@code RaftConfig.builder().chaosFaults(true)}): each such node's partition state
 * ({@link io.hms.consensus.chaos.NodePartition}), owned by its coordinator, and the RPC factory that makes
 * that node's clients and server drop its messages while it is cut off
 * ({@link io.hms.consensus.chaos.PartitioningRpcFactory}), loaded by jraft in place of its Bolt factory
 * and inert for every other client and server. Inject partitions with
 * {@code hms.chaos().inject(new PartitionFault(), duration)} rather than through these classes.
 */
package io.hms.consensus.chaos;
