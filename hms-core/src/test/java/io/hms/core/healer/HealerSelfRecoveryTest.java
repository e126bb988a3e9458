package io.hms.core.healer;

import static io.hms.api.event.RepairOutcome.FAILED;
import static io.hms.core.healer.HealerFixture.FAST;
import static io.hms.core.healer.HealerFixture.WAIT;
import static io.hms.core.healer.HealerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentEscalated;
import io.hms.api.event.IncidentOpened;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Triggers and recovery: DOWN or breaker OPEN opens one incident per component, a trigger while it is open
 * is ignored, and a component that is UP again on its own closes its incident as "self".
 */
class HealerSelfRecoveryTest {

    private static final HealerOptions SLOW_RETRY = FAST.withEscalationBackoff(Duration.ofHours(1), Duration.ofHours(2));
    private final HealerFixture f = new HealerFixture(new SystemScheduler());

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void aComponentUpAgainWhileNoStepRunsClosesItsIncidentAsSelf() throws Exception {
        f.component("db");
        f.repair("db", "reconnect", 1, Duration.ofSeconds(5), ctx -> false);
        f.start(SLOW_RETRY);
        var escalated = f.next(IncidentEscalated.class, "db");
        var closed = f.next(IncidentClosed.class, "db");
        f.down("db", "connection refused");
        await(escalated);

        f.up("db");
        IncidentClosed done = await(closed);

        assertThat(done.resolvedBy()).isEqualTo("self");
        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "reconnect L1 #1 FAILED: repair returned false",
                "escalated #1 retry in 3600000ms",
                "closed by self after 1 steps");
        Incident incident = f.healer.incidents().getFirst();
        assertThat(incident.state()).isEqualTo(Incident.State.CLOSED);
        assertThat(incident.resolvedBy()).isEqualTo(Incident.SELF);
        assertThat(incident.steps()).extracting(IncidentStep::outcome).containsExactly(FAILED);
        assertThat(incident.attempts()).isEqualTo(1);
        assertThat(incident.mttr()).hasValueSatisfying(mttr -> assertThat(mttr).isPositive());
        assertThat(f.healer.openIncident("db")).isEmpty();
    }

    @Test
    void aRecoveryDuringAPassClosesTheIncidentAsSelfWhenThePassHealsNothing() throws Exception {
        f.component("db");
        f.component("sync");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        f.repair("db", "reconnect", 1, Duration.ofSeconds(30), ctx -> {
            entered.countDown();
            release.await();
            return false;
        });
        f.repair("sync", "fix", 1, Duration.ofSeconds(5), f.heals("sync"));
        f.start(SLOW_RETRY);
        var closed = f.next(IncidentClosed.class, "db");
        f.down("db", "connection refused");
        assertThat(entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        f.up("db");
        var synced = f.next(IncidentOpened.class, "sync");
        f.down("sync", "marker");       // the same subscriber handles it after the UP above
        await(synced);
        release.countDown();

        assertThat(await(closed).resolvedBy()).isEqualTo("self");
        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "reconnect L1 #1 FAILED: repair returned false",
                "closed by self after 1 steps");
    }

    @Test
    void triggersWhileAnIncidentIsOpenAreIgnored() throws Exception {
        f.component("db");
        f.component("sync-health");
        f.component("sync-breaker");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        f.repair("db", "restart", 1, Duration.ofSeconds(30), ctx -> {
            entered.countDown();
            release.await();
            return f.heals("db").repair(ctx);
        });
        f.repair("sync-health", "fix", 1, Duration.ofSeconds(5), f.heals("sync-health"));
        f.repair("sync-breaker", "fix", 1, Duration.ofSeconds(5), f.heals("sync-breaker"));
        f.start(FAST);
        var closed = f.next(IncidentClosed.class, "db");
        f.down("db", "connection refused");
        assertThat(entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        f.down("db", "still refused");
        f.breakerOpens("db", "failure rate 80% >= 50%");
        var syncedHealth = f.next(IncidentOpened.class, "sync-health");
        var syncedBreaker = f.next(IncidentOpened.class, "sync-breaker");
        f.down("sync-health", "marker");
        f.breakerOpens("sync-breaker", "marker");
        await(syncedHealth);
        await(syncedBreaker);
        release.countDown();
        await(closed);

        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "restart L1 #1 VERIFIED",
                "closed by restart after 1 steps");
    }

    @Test
    void aBreakerThatOpensOpensAnIncident() throws Exception {
        f.component("payments");
        f.repair("payments", "reset-client", 1, Duration.ofSeconds(5), f.heals("payments"));
        f.start(FAST);
        var closed = f.next(IncidentClosed.class, "payments");

        f.breakerOpens("payments", "failure rate 60.0% >= 50.0% over 20 calls");
        await(closed);

        assertThat(f.story("payments")).containsExactly(
                "opened: breaker OPEN: failure rate 60.0% >= 50.0% over 20 calls",
                "reset-client L1 #1 VERIFIED",
                "closed by reset-client after 1 steps");
        assertThat(f.healer.incidents().getFirst().trigger())
                .isEqualTo("breaker OPEN: failure rate 60.0% >= 50.0% over 20 calls");
    }
}
