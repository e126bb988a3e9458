package io.hms.prover.spi;

import java.util.List;
import java.util.Optional;

/**
 * Where theorems, their versions, every proof attempt and the best strategy per family are kept: an embedded
 * database by default, PostgreSQL for teams, behind this one interface. Implementations are thread-safe and
 * migrate their schema when opened.
 */
public interface TheoremStore extends AutoCloseable {

    /** Saves {@code theorem}; saving a version that exists with other contents is refused. */
    void save(Theorem theorem);

    /** The newest version of theorem {@code id}. */
    Optional<Theorem> theorem(String id);

    /** Every version of theorem {@code id}, oldest first. */
    List<Theorem> versions(String id);

    /** The newest version of every theorem, by id. */
    List<Theorem> theorems();

    /** Records one attempt's result against the theorem version it was made on. */
    void record(Theorem theorem, ProofResult result);

    /** The attempts on theorem {@code id}, oldest first. */
    List<ProofResult> attempts(String id);

    /** Keeps {@code strategy} as the best one for {@code family}, with the score that made it so. */
    void bestStrategy(String family, Strategy strategy, double score);

    /** The best strategy kept for {@code family}. */
    Optional<Strategy> bestStrategy(String family);

    @Override
    void close();
}
