/**
 * The checkout host broken on purpose by HMS's chaos agent: one experiment per in-process fault kind
 * ({@link io.hms.examples.chaos.ChaosCatalogue}), run against a live host with traffic
 * ({@link io.hms.examples.chaos.ChaosHost}), the Raft faults against the leader of a three-node cluster
 * ({@link io.hms.examples.chaos.ClusterChaosHost}), and a report of detection and recovery figures over many
 * runs ({@link io.hms.examples.chaos.ChaosReport}).
 */
package io.hms.examples.chaos;
