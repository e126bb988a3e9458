/**
 * The contracts of the economic theorem-proving subsystem: the messages between the supervisor and its
 * prover agents ({@link io.hms.prover.spi.ProofMsg}: a job, progress, a result, written and read by
 * {@link io.hms.prover.spi.ProofMessages}), the provers behind a backend ({@link io.hms.prover.spi.Prover},
 * {@link io.hms.prover.spi.ProverProvider}), the backend-neutral {@link io.hms.prover.spi.Strategy} a genetic
 * algorithm evolves, and the {@link io.hms.prover.spi.TheoremStore}. Nothing here depends on a particular
 * prover or store.
 */
package io.hms.prover.spi;
