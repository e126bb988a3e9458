/**
 * The evolution of proof strategies: {@link io.hms.prover.evolve.StrategySpace} codes Z3 tactic pipelines as a
 * few integers, and {@link io.hms.prover.evolve.StrategyEvolution} evolves them with Jenetics on a training
 * split of the corpus, the fitness the theorems proved within budget with the backend's deterministic
 * resource count (PAR-2) to break ties.
 */
package io.hms.prover.evolve;
