package io.hms.api.event;

import java.time.Instant;

/**
 * A component's circuit breaker changed state.
 *
 * @param time      when
 * @param component the component
 * @param from      the state before
 * @param to        the state after
 * @param reason    why, e.g. {@code "failure rate 60.0% >= 50.0% over 20 calls"}
 */
public record BreakerTransition(Instant time, String component, BreakerState from, BreakerState to, String reason)
        implements ComponentEvent {
}
