/**
 * The Raft coordinator (to come): an implementation of {@code io.hms.api.spi.Coordinator} on
 * sofa-jraft that replicates the registry's descriptors and policy versions, elects the leader that
 * runs cluster-wide work, and grants leased locks with fencing tokens.
 */
package io.hms.consensus;
