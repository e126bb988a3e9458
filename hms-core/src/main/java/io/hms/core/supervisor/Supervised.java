package io.hms.core.supervisor;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An agent of the runtime as its {@link Supervisor} sees it: a name and the {@link Lifeline}s it runs on now.
 * Each agent gives one ({@code monitor.supervision()}, {@code healer.supervision()}, ...); its state (the
 * monitor's judgements, the healer's incidents, the configurator's canaries) lives in the agent, not in its
 * lifelines, so restarting a lifeline keeps it.
 *
 * <pre>{@code
 * Supervised healer = Supervised.of("healer", () -> subscriptions.stream().map(Lifeline::of).toList());
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface Supervised {

    /** Its name in events and meters, e.g. {@code "healer"}. */
    String agentName();

    /** The lifelines it runs on now; empty before it starts and once it is closed. */
    List<Lifeline> lifelines();

    /** An agent named {@code name} whose lifelines {@code lifelines} lists on each call. */
    static Supervised of(String name, Supplier<? extends List<Lifeline>> lifelines) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lifelines, "lifelines");
        return new Supervised() {
            @Override
            public String agentName() {
                return name;
            }

            @Override
            public List<Lifeline> lifelines() {
                return List.copyOf(lifelines.get());
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
