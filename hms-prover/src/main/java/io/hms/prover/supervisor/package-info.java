/**
 * The prover supervisor: an HMS host whose components are prover agents. {@link
 * io.hms.prover.supervisor.ProverSupervisor} dispatches proof jobs to its agents through HMS's guards (timeouts,
 * retries, breakers), records every result in the theorem store, and lets HMS heal the agents: each has a
 * health check (a trivial query answered in time) and a repair ladder (reset the solver, restart the worker
 * process, replace its strategy with a mutated one).
 */
package io.hms.prover.supervisor;
