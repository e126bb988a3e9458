/**
 * The chaos agent: faults injected on purpose (latency, failures, a killed component, CPU spike,
 * memory pressure, exhausted pools, and with a Raft coordinator a killed or partitioned node through
 * {@link io.hms.api.spi.ClusterFaults}), experiments that check HMS recovers from them, and the
 * meta-metrics that prove it. Disabled unless the host enables it with
 * {@code Hms.builder().chaos(ChaosOptions.enabled())}. The machinery lives in {@code internal}.
 */
package io.hms.core.chaos;
