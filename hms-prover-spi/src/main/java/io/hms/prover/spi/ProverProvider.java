package io.hms.prover.spi;

import java.util.Optional;

/**
 * Makes provers of one backend; found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.hms.prover.spi.ProverProvider}).
 *
 * <pre>{@code
 * for (ProverProvider p : ServiceLoader.load(ProverProvider.class)) {
 *     p.unavailable().ifPresentOrElse(why -> log.warn("{}: {}", p.backend(), why), () -> use(p.create()));
 * }
 * }</pre>
 */
public interface ProverProvider {

    /** The backend's name, e.g. {@code z3} or {@code cvc5}. */
    String backend();

    /** Empty when provers can be made here; else why not and how to fix it (a missing binary, a library). */
    Optional<String> unavailable();

    /** A new prover. */
    Prover create();
}
