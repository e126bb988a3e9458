package io.hms.prover.spi;

import java.util.Objects;

/**
 * A theorem of the corpus, one version of it: what it says in words, where it comes from, its family (for
 * strategies evolved per family), the verdict expected, and its encoding for the backends.
 *
 * @param id        its id, stable across versions, e.g. {@code welfare-1-linear-2x3}
 * @param version   its version, from 1; a new encoding is a new version
 * @param family    its family, e.g. {@code general-equilibrium}
 * @param statement the statement in words
 * @param source    the paper or textbook it comes from
 * @param expected  the verdict a correct backend gives: {@link Verdict#PROVED} or {@link Verdict#REFUTED}
 * @param encoding  the statement for the backends (SMT-LIB), its negation asserted
 */
public record Theorem(String id, int version, String family, String statement, String source, Verdict expected,
                      String encoding) {

    /** Checks the parts. */
    public Theorem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(encoding, "encoding");
        if (version < 1) {
            throw new IllegalArgumentException("a theorem's version starts at 1, got " + version);
        }
        if (expected != Verdict.PROVED && expected != Verdict.REFUTED) {
            throw new IllegalArgumentException("a theorem is expected to be PROVED or REFUTED, got " + expected);
        }
    }
}
