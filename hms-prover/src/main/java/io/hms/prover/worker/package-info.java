/**
 * Prover agents in processes of their own: {@link io.hms.prover.worker.ProverWorker} is the process (a JVM
 * that runs one backend's prover and speaks proof messages as JSON lines on its standard streams), and
 * {@link io.hms.prover.worker.ProcessProver} is its handle in the supervisor, a {@link io.hms.prover.spi.Prover}
 * that kills the process when a solver does not stop at its budget and starts a fresh one.
 */
package io.hms.prover.worker;
