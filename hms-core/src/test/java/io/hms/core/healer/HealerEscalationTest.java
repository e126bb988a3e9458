package io.hms.core.healer;

import static io.hms.api.event.RepairOutcome.FAILED;
import static io.hms.api.event.RepairOutcome.UNVERIFIED;
import static io.hms.api.event.RepairOutcome.VERIFIED;
import static io.hms.core.healer.HealerFixture.FAST;
import static io.hms.core.healer.HealerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentEscalated;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When every level of a pass failed, the incident is escalated and stays open, and a new pass starts
 * after a backoff that doubles up to its cap, until a pass heals the component.
 */
class HealerEscalationTest {

    private final HealerFixture f = new HealerFixture(new SystemScheduler());

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void everyLevelFailingEscalatesWithDoublingBackoffUntilALaterPassHeals() throws Exception {
        AtomicBoolean healthy = f.component("db");
        f.repair("db", "reconnect", 1, Duration.ofSeconds(5), ctx -> false);
        f.repair("db", "restart", 2, Duration.ofSeconds(5), ctx -> {
            healthy.set(ctx.attempt() == 4); // only the fourth pass gets through
            return true;
        });
        f.start(FAST); // 10 ms doubling, capped at 40 ms
        var closed = f.next(IncidentClosed.class, "db");

        f.down("db", "connection refused");
        IncidentClosed done = await(closed);

        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "reconnect L1 #1 FAILED: repair returned false",
                "restart L2 #1 UNVERIFIED: still DOWN: db is broken",
                "escalated #1 retry in 10ms",
                "reconnect L1 #2 FAILED: repair returned false",
                "restart L2 #2 UNVERIFIED: still DOWN: db is broken",
                "escalated #2 retry in 20ms",
                "reconnect L1 #3 FAILED: repair returned false",
                "restart L2 #3 UNVERIFIED: still DOWN: db is broken",
                "escalated #3 retry in 40ms",
                "reconnect L1 #4 FAILED: repair returned false",
                "restart L2 #4 VERIFIED",
                "closed by restart after 8 steps");
        assertThat(f.events.history(IncidentEscalated.class)).first()
                .extracting(IncidentEscalated::reason).isEqualTo("restart: still DOWN: db is broken");
        Incident incident = f.healer.incidents().getFirst();
        assertThat(incident.attempts()).isEqualTo(4);
        assertThat(incident.steps()).hasSize(8).last()
                .extracting(IncidentStep::attempt, IncidentStep::outcome).containsExactly(4, VERIFIED);
        assertThat(incident.resolvedBy()).isEqualTo("restart");
        assertThat(incident.mttr()).hasValueSatisfying(mttr -> assertThat(mttr).isPositive().isEqualTo(done.mttr()));
    }

    @Test
    void anEscalatedIncidentStaysOpenUntilTheNextPass() throws Exception {
        f.component("db");
        f.repair("db", "reconnect", 1, Duration.ofSeconds(5), ctx -> false);
        f.repair("db", "restart", 2, Duration.ofSeconds(5), ctx -> true);
        f.start(FAST.withEscalationBackoff(Duration.ofHours(1), Duration.ofHours(2)));
        var escalated = f.next(IncidentEscalated.class, "db");

        f.down("db", "connection refused");
        IncidentEscalated event = await(escalated);

        assertThat(event.attempt()).isEqualTo(1);
        assertThat(event.retryIn()).isEqualTo(Duration.ofHours(1));
        assertThat(f.healer.openIncident("db")).hasValueSatisfying(incident -> {
            assertThat(incident.state()).isEqualTo(Incident.State.OPEN);
            assertThat(incident.id()).isEqualTo(event.incidentId());
            assertThat(incident.closedAt()).isNull();
            assertThat(incident.resolvedBy()).isNull();
            assertThat(incident.mttr()).isEmpty();
            assertThat(incident.attempts()).isEqualTo(1);
            assertThat(incident.steps()).extracting(IncidentStep::function, IncidentStep::outcome)
                    .containsExactly(tuple("reconnect", FAILED), tuple("restart", UNVERIFIED));
        });
    }

    @Test
    void aComponentWithoutRepairsIsEscalatedWithTheFix() throws Exception {
        f.component("db");
        f.start(FAST.withEscalationBackoff(Duration.ofHours(1), Duration.ofHours(2)));
        var escalated = f.next(IncidentEscalated.class, "db");

        f.down("db", "connection refused");

        assertThat(await(escalated).reason()).contains("no repair is registered for 'db'");
        assertThat(f.healer.openIncident("db")).isPresent();
    }
}
