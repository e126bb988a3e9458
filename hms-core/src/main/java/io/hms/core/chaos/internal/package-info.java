/**
 * How the chaos agent applies each fault and takes it back: one {@link io.hms.core.chaos.internal.Injection}
 * per fault, built on the runtime's neutral hooks: a call fault set on a guard (latency, failures), the
 * kill switch the monitor consults before a health check, the places of a concurrency limiter, blocking
 * tasks on a host executor, busy threads, held memory, an agent crashed through the supervisor, and a node
 * killed or partitioned through the coordinator's {@link io.hms.api.spi.ClusterFaults}. Used by the chaos
 * agent ({@link io.hms.core.chaos.Chaos}) only; not public API.
 */
package io.hms.core.chaos.internal;
