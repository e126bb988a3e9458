package io.hms.core.event;

import io.hms.api.Health;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.LeadershipChanged;
import java.time.Instant;

/** Small events for the bus tests. */
final class Events {

    static final String END = "end";

    private Events() {
    }

    static LeadershipChanged leadership(int n) {
        return new LeadershipChanged(Instant.ofEpochSecond(n), "node-" + n, n % 2 == 0);
    }

    static LeadershipChanged leadershipEnd() {
        return new LeadershipChanged(Instant.EPOCH, END, false);
    }

    static HealthChanged health(String component) {
        return new HealthChanged(Instant.EPOCH, component, Health.up(), Health.down("timeout"));
    }

    static BreakerTransition breaker(String component) {
        return new BreakerTransition(Instant.EPOCH, component, BreakerState.CLOSED, BreakerState.OPEN, "failures");
    }

    static boolean isEnd(HmsEvent event) {
        return switch (event) {
            case LeadershipChanged l -> l.nodeId().equals(END);
            case io.hms.api.event.ComponentEvent c -> c.component().equals(END);
            case io.hms.api.event.ChaosInjected c -> false;
            case io.hms.api.event.ChaosReverted c -> false;
            case io.hms.api.event.AgentRestarted a -> false;
            case io.hms.api.event.AdminAction a -> false;
        };
    }
}
