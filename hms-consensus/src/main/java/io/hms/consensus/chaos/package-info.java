/**
 * Chaos on the Raft layer: the process-wide table of isolated nodes ({@link io.hms.consensus.chaos.Partitions})
 * and the RPC factory that drops their messages ({@link io.hms.consensus.chaos.PartitioningRpcFactory}),
 * loaded by jraft in place of its Bolt factory. Inject partitions with
 * {@code hms.chaos().inject(new PartitionFault(), duration)} rather than through these classes.
 */
package io.hms.consensus.chaos;
