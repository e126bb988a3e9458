package io.hms.core.healer;

import io.hms.api.event.BreakerState;

/**
 * What the healer may know of a component's callers: the state of the circuit breaker their calls go
 * through, and the one thing it may ask of it, to let the next calls probe the component now. The
 * runtime answers from the component's guard; the healer reads the breaker's verdicts from the
 * {@link io.hms.api.event.BreakerTransition} events.
 */
public interface CallerView {

    /** A view for components without callers: every breaker is CLOSED, and nothing is probed. */
    CallerView NONE = new CallerView() {
        @Override
        public BreakerState breakerState(String component) {
            return BreakerState.CLOSED;
        }

        @Override
        public boolean probeNow(String component, String reason) {
            return false;
        }
    };

    /** The state of {@code component}'s breaker; CLOSED when it has none. */
    BreakerState breakerState(String component);

    /**
     * Moves {@code component}'s OPEN breaker to HALF_OPEN, so that the next calls probe the component.
     *
     * @return whether the breaker was OPEN
     */
    boolean probeNow(String component, String reason);
}
