/**
 * The cvc5 backend, independent of Z3, so that results can be cross-checked: {@link io.hms.prover.cvc5.Cvc5Prover}
 * runs the {@code cvc5} binary on each job's SMT-LIB through a process (Debian: {@code apt-get install cvc5}).
 */
package io.hms.prover.cvc5;
