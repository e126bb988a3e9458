/**
 * Test fixtures of the optimizer: {@link io.hms.ga.workload.SyntheticWorkloads}, seeded synthetic traces of a
 * dependency in trouble (error bursts, latency spikes, overload, flapping, a long outage). Published in
 * hms-ga's test jar for the benchmarks; not part of the optimizer.
 */
package io.hms.ga.workload;
