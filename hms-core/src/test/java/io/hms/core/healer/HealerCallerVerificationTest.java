package io.hms.core.healer;

import static io.hms.core.healer.HealerFixture.FAST;
import static io.hms.core.healer.HealerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.event.BreakerState;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.RepairAttempted;
import io.hms.api.policy.Playbook;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A repair is verified by what callers see as well as by the health checks: a check that only pings
 * (always UP) cannot close an incident while calls still fail, so the ladder climbs to the repair that
 * works, and the incident closes when callers are served.
 */
class HealerCallerVerificationTest {

    private static final Duration WINDOW = Duration.ofSeconds(5);
    private final ManualScheduler clock = new ManualScheduler();
    private final TimerSignals time = new TimerSignals(clock);
    private final HealerFixture f = new HealerFixture(time);
    private final FakeCallers callers = new FakeCallers(f.events, time);

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    /** A component whose health check always says UP, as a ping does while real calls fail. */
    private void pingOnly(String name) {
        new StagedRegistrar("test")
                .component(ComponentSpec.of(name).withPolicy(HealerFixture.policy().withPlaybook(
                        Playbook.byLevel().withReopenWithin(Duration.ZERO).withCallerVerification(WINDOW))))
                .healthCheck(name, "ping", Health::up)
                .applyTo(f.registry);
    }

    @Test
    void aPingThatStaysUpCannotVerifyARepairWhileCallsStillFailSoTheNextLevelRuns() throws Exception {
        pingOnly("payments");
        f.repair("payments", "reset-pool", 1, Duration.ofSeconds(1), ctx -> true);       // returns true, fixes nothing
        f.repair("payments", "restart", 2, Duration.ofSeconds(1), ctx -> {
            callers.serving("payments", true);
            return true;
        });
        f.start(FAST, callers);
        var closed = f.next(IncidentClosed.class, "payments");

        callers.move("payments", BreakerState.OPEN, "failure rate 100%");

        IncidentClosed incident = await(closed);
        assertThat(incident.resolvedBy()).isEqualTo("restart");
        assertThat(f.story("payments")).containsExactly(
                "opened: breaker OPEN: failure rate 100%",
                "reset-pool L1 #1 UNVERIFIED: health checks pass but calls still fail: the breaker's probes failed"
                        + " and it opened again",
                "restart L2 #1 VERIFIED: callers served again",
                "closed by restart after 2 steps");
        assertThat(callers.probes).hasValue(2);
    }

    @Test
    void withoutAnyCallTheHealthVerdictStandsWhenTheWindowEnds() throws Exception {
        pingOnly("reports");
        callers.silent("reports");
        f.repair("reports", "reset", 1, Duration.ofSeconds(1), ctx -> true);
        f.start(FAST, callers);
        var attempted = f.next(RepairAttempted.class, "reports");
        var closed = f.next(IncidentClosed.class, "reports");

        var windowSet = time.scheduled(WINDOW);
        callers.move("reports", BreakerState.OPEN, "failure rate 100%");
        await(windowSet);
        assertThat(closed).isNotDone();
        clock.advance(WINDOW);

        assertThat(await(attempted).detail()).isEqualTo("health checks pass; no call came within 5s to confirm");
        assertThat(await(closed).resolvedBy()).isEqualTo("reset");
    }

    @Test
    void anIncidentClosesOnItsOwnOnlyOnceHealthIsUpAndTheBreakerHasClosed() throws Exception {
        AtomicBoolean db = f.component("db");
        f.repair("db", "reconnect", 1, Duration.ofSeconds(1), ctx -> false);
        f.start(FAST.withEscalationBackoff(Duration.ofHours(1), Duration.ofHours(1)), callers);
        var escalated = f.next(io.hms.api.event.IncidentEscalated.class, "db");
        callers.move("db", BreakerState.OPEN, "failure rate 80%");
        f.down("db", "refused");
        await(escalated);

        db.set(true);
        var stillOpen = f.next(IncidentOpened.class, "sync");
        f.up("db");
        f.component("sync");
        f.down("sync", "marker");  // handled after the UP above: the same subscriber, in order
        await(stillOpen);
        assertThat(f.healer.openIncident("db")).as("health is UP but calls still fail").isPresent();

        var closed = f.next(IncidentClosed.class, "db");
        callers.move("db", BreakerState.CLOSED, "probes succeeded");

        assertThat(await(closed).resolvedBy()).isEqualTo(Incident.SELF);
    }
}
