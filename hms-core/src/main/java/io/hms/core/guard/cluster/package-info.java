/**
 * The guard's cluster side: breakers of a component that every instance shares, opened on the cluster's
 * evidence through the coordinator's reports ({@link io.hms.core.guard.cluster.ClusterBreakers}).
 */
package io.hms.core.guard.cluster;
