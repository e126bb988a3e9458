package io.hms.core.healer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One episode of a component being unhealthy, as the healer saw it: what opened it, every repair step
 * tried, and how it ended. An immutable snapshot; ask the {@link Healer} again for later news.
 *
 * <pre>{@code
 * healer.incidents().stream()
 *       .filter(i -> i.state() == Incident.State.CLOSED)
 *       .forEach(i -> log.info("{} on {}: {} after {} steps, mttr {}", i.id(), i.component(),
 *               i.resolvedBy(), i.steps().size(), i.mttr().orElseThrow()));
 * }</pre>
 *
 * @param id         unique within the healer, {@code inc-<n>}
 * @param component  the component
 * @param trigger    what opened it, e.g. {@code "health DOWN: connection refused"} or {@code "breaker OPEN: …"}
 * @param openedAt   when it opened
 * @param closedAt   when it closed; null while open
 * @param state      open or closed
 * @param steps      the repair steps in the order they ran; the latest 64 of an incident that ran more
 *                   (a component that stays broken runs steps for as long as it does; {@code IncidentClosed}
 *                   counts them all)
 * @param attempts   how many passes over the playbook started
 * @param resolvedBy the repair function whose step was verified, or {@code "self"} when the component
 *                   recovered on its own; null while open
 */
public record Incident(String id, String component, String trigger, Instant openedAt, Instant closedAt, State state,
                       List<IncidentStep> steps, int attempts, String resolvedBy) {

    /** The value {@link #resolvedBy()} takes when the component recovered without a verified repair. */
    public static final String SELF = io.hms.api.event.IncidentClosed.SELF;

    /** Whether an incident is still being worked on. */
    public enum State {
        /** Repairs are running or will run again. */
        OPEN,
        /** The component is healthy again. */
        CLOSED
    }

    /** Validates the fields: a closed incident has {@code closedAt} and {@code resolvedBy}, an open one neither. */
    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(state, "state");
        steps = List.copyOf(steps);
        boolean closed = state == State.CLOSED;
        if (closed != (closedAt != null) || closed != (resolvedBy != null)) {
            throw new IllegalArgumentException("a " + state + " incident must " + (closed ? "" : "not ")
                    + "have closedAt and resolvedBy, got " + closedAt + " and " + resolvedBy);
        }
    }

    /** Whether it is still open. */
    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** The time to recover, from opening to closing; empty while open. */
    public Optional<Duration> mttr() {
        return closedAt == null ? Optional.empty() : Optional.of(Duration.between(openedAt, closedAt));
    }
}
