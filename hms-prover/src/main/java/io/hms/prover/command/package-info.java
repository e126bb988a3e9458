/**
 * {@code hms-prove}, the prover's command line: {@link io.hms.prover.command.ProveCommand} proves theorems of the
 * corpus with a supervised swarm of prover agents and prints what the store recorded.
 */
package io.hms.prover.command;
