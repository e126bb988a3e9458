package io.hms.prover.spi;

/**
 * One backend instance that proves: a solver context, or a process holding one. It may hang or crash on a
 * hard instance, whatever its budget says; the supervisor that calls it guards every call with a timeout
 * and replaces a prover that stops answering. Not thread-safe: one job at a time.
 *
 * <pre>{@code
 * try (Prover z3 = provider.create()) {
 *     ProofResult r = z3.prove(job);
 * }
 * }</pre>
 */
public interface Prover extends AutoCloseable {

    /** The backend's name, e.g. {@code z3}. */
    String backend();

    /** The backend's version, e.g. {@code 4.14.1}. */
    String version();

    /** Proves {@code job} within its budget as far as the backend allows; never throws for a bad statement. */
    ProofResult prove(ProofJob job);

    /** {@code strategy} in the backend's own language, for logs and reports. */
    String render(Strategy strategy);

    /** Drops the backend's state (assertions, caches) so the next job starts clean. */
    void reset();

    /** Frees the backend (ends its process, if it has one). */
    @Override
    void close();
}
