package io.hms.core.supervisor;

import io.hms.core.event.BusSubscription;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of an agent that runs on its own and can die on its own: the thread of an event subscription,
 * a timer. The {@link Supervisor} asks each whether it died and restarts it; the chaos agent crashes it.
 *
 * <pre>{@code
 * Lifeline subscription = Lifeline.of(events.subscribe(HealthChanged.class, this::onHealthChanged));
 * subscription.death(Duration.ofSeconds(1)).ifPresent(why -> subscription.restart());
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface Lifeline {

    /** What it is, e.g. {@code "HealthChanged subscription"} or {@code "check inventory/ping"}. */
    String name();

    /**
     * Why it no longer runs, e.g. {@code "its thread died"}; empty while it runs. A timer counts as stopped
     * when it was dropped, or once it has been silent for two of its periods and {@code slack} more: the
     * supervisor passes its own interval, so that a scheduler running late is not taken for a dead timer.
     */
    Optional<String> death(Duration slack);

    /** Makes it run again, keeping what it holds (queued events, judgements, incidents); a live one is left alone. */
    void restart();

    /**
     * Kills it as a fatal error would: a thread dies of {@code cause}, a timer is dropped as an executor drops a
     * periodic task that threw. What the chaos agent's agent-crash fault does; nothing else should call it.
     */
    void crash(AgentCrash cause);

    /** The lifeline of an event subscription: its thread. */
    static Lifeline of(BusSubscription subscription) {
        Objects.requireNonNull(subscription, "subscription");
        return new Lifeline() {
            @Override
            public String name() {
                return subscription.name();
            }

            @Override
            public Optional<String> death(Duration slack) {
                return subscription.dead() ? Optional.of("its thread died") : Optional.empty();
            }

            @Override
            public void restart() {
                subscription.restart();
            }

            @Override
            public void crash(AgentCrash cause) {
                subscription.crash(cause);
            }
        };
    }
}
