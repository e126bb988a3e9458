/** What the instances of a cluster gain by acting together: the cluster breaker's harness. */
package io.hms.benchmarks.swarm;
