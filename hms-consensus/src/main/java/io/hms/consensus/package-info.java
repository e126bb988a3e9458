/**
 * The Raft coordinator: {@link io.hms.consensus.RaftCoordinator}, an implementation of
 * {@code io.hms.api.spi.Coordinator} on sofa-jraft that replicates the registry's descriptors and
 * policy versions, elects the leader that runs cluster-wide work, and grants leased locks with
 * fencing tokens. Configure it with {@link io.hms.consensus.RaftConfig}, or let
 * {@link io.hms.consensus.RaftCoordinatorProvider} read {@code hms.raft.*} system properties.
 * The machinery lives in {@code io.hms.consensus.internal}. A node whose config enables chaos faults
 * ({@code RaftConfig.builder().chaosFaults(true)}) can be killed and restarted, or partitioned and healed,
 * by the chaos agent ({@code hms.chaos().inject(new NodeKillFault(), duration)}, {@code new PartitionFault()});
 * its partitions are dropped by {@code io.hms.consensus.chaos}.
 */
package io.hms.consensus;
