/**
 * The live-workload harness: does the guard policy the optimizer promotes serve more calls, faster, on the
 * traffic that comes next? Dependencies of several shapes (overload, a capacity drop, a latency tail, error
 * bursts, an outage, slow degradation) run with real threads and sleeps; open-loop Poisson callers reach them
 * through a real {@code io.hms.core.Hms} guard. Per shape, a trace is recorded under a Resilience4j-like start
 * policy, optimized, and the winner is measured against the start and the defaults in interleaved rounds on
 * the shape it was trained on and on a variant with another parameter. Run by {@link
 * io.hms.benchmarks.live.LiveWorkloadHarness}.
 */
package io.hms.benchmarks.live;
