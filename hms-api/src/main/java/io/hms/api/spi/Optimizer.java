package io.hms.api.spi;

/**
 * An agent that tunes the components' policies while the runtime runs. The runtime starts it once with
 * an {@link OptimizerContext} (what it may read and how it may act) and closes it when the runtime
 * closes. The implementation that ships with HMS is in {@code hms-ga}; a host gets it by putting that
 * module on the class path ({@link OptimizerProvider}) or sets one on the builder.
 *
 * <pre>{@code
 * Hms hms = Hms.builder().component("inventory").optimizer(myOptimizer).build().start();
 * }</pre>
 *
 * <p>Contract: {@link #start} returns promptly and does its work on threads it makes with
 * {@link OptimizerContext#threadFactory}, never on the caller's thread and never on a guarded call's
 * path; it acts only through {@link OptimizerContext#propose}; {@link #close} stops those threads.
 * {@code close} without {@code start} is allowed; both are called at most once.
 */
public interface Optimizer extends AutoCloseable {

    /** A short name for logs, e.g. {@code "ga"}. */
    String name();

    /** Begins optimizing within {@code context}. */
    void start(OptimizerContext context);

    /** Stops optimizing and every thread it started. */
    @Override
    void close();
}
