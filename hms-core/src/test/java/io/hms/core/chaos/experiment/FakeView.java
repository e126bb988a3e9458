package io.hms.core.chaos.experiment;

import io.hms.api.optimize.CallRecords;
import io.hms.core.guard.GuardStats;
import io.hms.core.guard.Guards;
import java.time.Duration;
import java.util.Set;

/** A system view over real guards (their breaker counts) whose health the test sets by hand. */
final class FakeView implements SystemView {

    private final Guards guards;
    volatile boolean settled = true;
    volatile Set<String> down = Set.of();
    volatile Duration inFlightDrain = Duration.ZERO;

    FakeView(Guards guards) {
        this.guards = guards;
    }

    @Override
    public GuardStats.Snapshot stats(String component) {
        return guards.guard(component).stats().snapshot();
    }

    @Override
    public CallRecords trace(String component) {
        return guards.guard(component).trace().snapshot();
    }

    @Override
    public void recordTrace(String component) {
        guards.guard(component).trace().start();
    }

    @Override
    public boolean settled(String component) {
        return settled && guards.guard(component).breakerState() == io.hms.api.event.BreakerState.CLOSED;
    }

    @Override
    public Duration inFlightDrain(String component) {
        return inFlightDrain;
    }

    @Override
    public Set<String> down() {
        return down;
    }
}
