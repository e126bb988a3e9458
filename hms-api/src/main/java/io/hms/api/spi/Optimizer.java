package io.hms.api.spi;

import java.util.Optional;

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

    /**
     * Asks for a search of {@code component} now, outside the optimizer's own schedule (an operator's
     * request through the admin API), within {@code evaluations} candidate evaluations, or the optimizer's
     * own budget when {@code evaluations} is 0. Returns at once; the run reports as the scheduled ones do
     * (generations, the verdict, a patch through the canary).
     *
     * @return empty when the run was queued, otherwise why it was not (by default: this optimizer takes no
     *         requests)
     */
    default Optional<String> requestRun(String component, long evaluations) {
        return Optional.of("the optimizer '" + name() + "' takes no requests for runs");
    }

    /**
     * Candidates per generation of this optimizer's search, so a person can ask for a run by generations
     * ({@code hms ga evolve --steps}); 0 (the default) when it does not search in generations.
     */
    default int populationSize() {
        return 0;
    }

    /** Stops optimizing and every thread it started. */
    @Override
    void close();
}
