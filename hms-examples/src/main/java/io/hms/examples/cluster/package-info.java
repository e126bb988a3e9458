/**
 * Three instances of a demo host forming a Raft cluster: a patch promoted on the leader reaches every
 * instance, and a new leader takes over when the leader's process is killed.
 */
package io.hms.examples.cluster;
