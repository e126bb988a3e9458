/**
 * The corpus of economics theorems: SMT-LIB files with a header of what they state, where from, their family
 * and expected verdict ({@link io.hms.prover.corpus.TheoremFile}), reusable axioms as preludes, the files that
 * come with HMS and those of a directory of one's own ({@link io.hms.prover.corpus.Corpus}), and generators of
 * instances too big to keep as files ({@link io.hms.prover.corpus.WelfareGenerator}).
 */
package io.hms.prover.corpus;
