package io.hms.core.healer;

import static io.hms.api.event.RepairOutcome.FAILED;
import static io.hms.api.event.RepairOutcome.THREW;
import static io.hms.api.event.RepairOutcome.TIMED_OUT;
import static io.hms.api.event.RepairOutcome.UNVERIFIED;
import static io.hms.api.event.RepairOutcome.VERIFIED;
import static io.hms.core.healer.HealerFixture.FAST;
import static io.hms.core.healer.HealerFixture.WAIT;
import static io.hms.core.healer.HealerFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hms.api.RepairContext;
import io.hms.api.event.IncidentClosed;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.core.time.ManualScheduler;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix of one pass: a repair that throws, hangs or runs without healing is recorded and the
 * next level runs; the first verified step closes the incident.
 */
class HealerRepairLadderTest {

    private final HealerFixture f = new HealerFixture(new SystemScheduler());

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    @Test
    void aRepairThatThrowsIsRecordedAndTheNextLevelHeals() throws Exception {
        f.component("db");
        f.repair("db", "reset-pool", 1, Duration.ofSeconds(5), ctx -> {
            throw new IllegalStateException("pool wedged");
        });
        f.repair("db", "restart-client", 2, Duration.ofSeconds(5), f.heals("db"));
        f.start(FAST);
        var closed = f.next(IncidentClosed.class, "db");

        f.down("db", "connection refused");
        IncidentClosed done = await(closed);

        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "reset-pool L1 #1 THREW: IllegalStateException: pool wedged",
                "restart-client L2 #1 VERIFIED",
                "closed by restart-client after 2 steps");
        Incident incident = f.healer.incidents().getFirst();
        assertThat(incident.state()).isEqualTo(Incident.State.CLOSED);
        assertThat(incident.id()).isEqualTo(done.incidentId());
        assertThat(incident.steps()).extracting(IncidentStep::function, IncidentStep::level, IncidentStep::outcome)
                .containsExactly(tuple("reset-pool", 1, THREW), tuple("restart-client", 2, VERIFIED));
        assertThat(incident.attempts()).isEqualTo(1);
        assertThat(incident.resolvedBy()).isEqualTo("restart-client");
        assertThat(incident.mttr()).hasValueSatisfying(mttr -> assertThat(mttr).isPositive().isEqualTo(done.mttr()));
        assertThat(f.healer.openIncident("db")).isEmpty();
    }

    @Test
    void aRepairThatHangsIsAbandonedAtItsTimeoutAndTheNextLevelHeals() throws Exception {
        ManualScheduler manual = new ManualScheduler();
        TimerSignals time = new TimerSignals(manual);
        try (HealerFixture h = new HealerFixture(time)) {
            h.component("db");
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch interrupted = new CountDownLatch(1);
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            h.repair("db", "drain", 1, Duration.ofMillis(50), ctx -> {
                ranOn.set(Thread.currentThread());
                entered.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return true;
            });
            h.repair("db", "failover", 2, Duration.ofSeconds(5), h.heals("db"));
            h.start(FAST);
            var deadline = time.scheduled(Duration.ofMillis(50));
            var closed = h.next(IncidentClosed.class, "db");

            h.down("db", "connection refused");
            assertThat(entered.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            await(deadline);
            manual.advance(Duration.ofMillis(50));   // the hung repair's deadline passes
            IncidentClosed done = await(closed);

            assertThat(h.story("db")).containsExactly(
                    "opened: health DOWN: connection refused",
                    "drain L1 #1 TIMED_OUT: timed out after 50ms",
                    "failover L2 #1 VERIFIED",
                    "closed by failover after 2 steps");
            assertThat(interrupted.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("the hung repair is interrupted").isTrue();
            assertThat(ranOn.get().isVirtual()).as("host code runs on platform threads").isFalse();
            assertThat(ranOn.get().getName()).startsWith("hms-repair-");
            Incident incident = h.healer.incidents().getFirst();
            assertThat(incident.steps()).extracting(IncidentStep::outcome, IncidentStep::duration)
                    .containsExactly(tuple(TIMED_OUT, Duration.ofMillis(50)), tuple(VERIFIED, Duration.ZERO));
            assertThat(incident.mttr()).contains(Duration.ofMillis(50));
            assertThat(done.mttr()).isEqualTo(Duration.ofMillis(50));
        }
    }

    @Test
    void aRepairThatRunsWithoutHealingIsUnverifiedAndTheNextLevelHeals() throws Exception {
        f.component("db");
        f.repair("db", "flush-cache", 1, Duration.ofSeconds(5), ctx -> true);
        f.repair("db", "restart", 2, Duration.ofSeconds(5), f.heals("db"));
        f.start(FAST);
        var closed = f.next(IncidentClosed.class, "db");

        f.down("db", "connection refused");
        await(closed);

        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "flush-cache L1 #1 UNVERIFIED: still DOWN: db is broken",
                "restart L2 #1 VERIFIED",
                "closed by restart after 2 steps");
        Incident incident = f.healer.incidents().getFirst();
        assertThat(incident.steps()).extracting(IncidentStep::outcome).containsExactly(UNVERIFIED, VERIFIED);
        assertThat(incident.resolvedBy()).isEqualTo("restart");
        assertThat(incident.mttr()).hasValueSatisfying(mttr -> assertThat(mttr).isPositive());
    }

    @Test
    void anExplicitPlaybookRunsItsStepsInOrderWithTheirTimeouts() throws Exception {
        Playbook playbook = Playbook.of(new PlaybookStep("ghost", Duration.ofSeconds(1)),
                new PlaybookStep("restart", Duration.ofMillis(700)), new PlaybookStep("reset", Duration.ofSeconds(1)));
        f.component("db", HealerFixture.policy().withPlaybook(playbook));
        AtomicReference<RepairContext> told = new AtomicReference<>();
        f.repair("db", "reset", 1, Duration.ofSeconds(5), f.heals("db"));
        f.repair("db", "restart", 2, Duration.ofSeconds(5), ctx -> {
            told.set(ctx);
            return false;
        });
        f.start(FAST);
        var closed = f.next(IncidentClosed.class, "db");

        f.down("db", "connection refused");
        IncidentClosed done = await(closed);

        assertThat(f.story("db")).containsExactly(
                "opened: health DOWN: connection refused",
                "ghost L0 #1 FAILED: no REPAIR function named 'ghost' is registered for 'db'; register it or remove the step from the playbook",
                "restart L2 #1 FAILED: repair returned false",
                "reset L1 #1 VERIFIED",
                "closed by reset after 3 steps");
        assertThat(told.get()).usingRecursiveComparison().ignoringFields("lease").isEqualTo(new RepairContext("db",
                done.incidentId(), 2, 1, "connection refused", Duration.ofMillis(700), told.get().lease()));
        assertThat(told.get().lease().name()).isEqualTo("hms.heal.db");
        assertThat(told.get().fencingToken()).isPositive();
        assertThat(f.healer.incidents().getFirst().steps()).extracting(IncidentStep::outcome)
                .containsExactly(FAILED, FAILED, VERIFIED);
    }
}
