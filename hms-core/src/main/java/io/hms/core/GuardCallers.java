package io.hms.core;

import io.hms.api.event.BreakerState;
import io.hms.core.guard.Guards;
import io.hms.core.healer.CallerView;

/** Lets the healer see the breakers the components' callers go through, without either knowing the other. */
final class GuardCallers implements CallerView {

    private final Guards guards;

    GuardCallers(Guards guards) {
        this.guards = guards;
    }

    @Override
    public BreakerState breakerState(String component) {
        return guards.find(component).map(guard -> guard.breaker().state()).orElse(BreakerState.CLOSED);
    }

    @Override
    public boolean probeNow(String component, String reason) {
        return guards.find(component).map(guard -> guard.breaker().probeNow(reason)).orElse(false);
    }
}
