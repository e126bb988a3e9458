package io.hms.core;

import io.hms.api.HealthStatus;
import io.hms.api.event.BreakerState;
import io.hms.api.optimize.CallRecords;
import io.hms.core.chaos.experiment.SystemView;
import io.hms.core.guard.GuardStats;
import io.hms.core.guard.Guards;
import io.hms.core.healer.Healer;
import io.hms.core.monitor.Monitor;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** What chaos experiments read of a runtime: its guards' counters, the monitor's judgement, open incidents. */
final class HmsSystemView implements SystemView {

    private final Guards guards;
    private final Monitor monitor;
    private final Healer healer;

    HmsSystemView(Guards guards, Monitor monitor, Healer healer) {
        this.guards = guards;
        this.monitor = monitor;
        this.healer = healer;
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
        return monitor.health(component).status() != HealthStatus.DOWN
                && guards.guard(component).breakerState() == BreakerState.CLOSED
                && healer.openIncident(component).isEmpty();
    }

    @Override
    public Duration inFlightDrain(String component) {
        return guards.guard(component).longestAttempt().orElse(Duration.ZERO);
    }

    @Override
    public Set<String> down() {
        return monitor.healthAll().entrySet().stream().filter(e -> e.getValue().status() == HealthStatus.DOWN)
                .map(java.util.Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }
}
