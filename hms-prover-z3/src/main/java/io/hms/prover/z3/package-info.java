/**
 * The Z3 backend: {@link io.hms.prover.z3.Z3Prover} proves SMT-LIB statements in process through Z3's Java
 * API, with a {@link io.hms.prover.spi.Strategy} rendered as a Z3 tactic ({@link io.hms.prover.z3.Z3Tactics});
 * {@link io.hms.prover.z3.Z3ProverProvider} makes them for {@link java.util.ServiceLoader}. Z3 does not always
 * stop at its own timeout, so the supervisor runs this prover in a process of its own that it can kill.
 */
package io.hms.prover.z3;
