package io.hms.api.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.Health;
import io.hms.api.policy.GuardPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event is stamped with its time; every component event names its component; the hierarchy is closed. */
class EventRecordsTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static List<HmsEvent> oneOfEach() {
        return List.of(
                new HealthChanged(T, "db", Health.up(), Health.down("gone")),
                new BreakerTransition(T, "db", BreakerState.CLOSED, BreakerState.OPEN, "failure rate 60%"),
                new RepairAttempted(T, "db", "i-1", "restart", 1, 1, RepairOutcome.VERIFIED, Duration.ofSeconds(1), ""),
                new IncidentOpened(T, "db", "i-1", "health DOWN"),
                new IncidentReopened(T, "db", "i-1", "breaker OPEN", Duration.ofSeconds(4), "restart"),
                new IncidentEscalated(T, "db", "i-1", 2, Duration.ofSeconds(1), "ladder exhausted"),
                new IncidentClosed(T, "db", "i-1", Duration.ofSeconds(9), IncidentClosed.SELF, 0),
                new PatchProposed(T, "db", "p-1", 1, "optimizer", "fitter"),
                new PatchPromoted(T, "db", "p-1", 2, "canary won"),
                new PatchRolledBack(T, "db", "p-2", "canary lost"),
                new GenerationEvaluated(T, "db", 3, 0.9, 0.5, 120),
                new FrontFound(T, "db", 3, 120, List.of(new FrontFound.Member(GuardPolicy.defaults(), 210, 0.01,
                        Duration.ofMillis(40), 215, 0.93, true))),
                new LeadershipChanged(T, "node-1", true),
                new ChaosInjected(T, "chaos-1", "latency", ChaosInjected.PROCESS, "+300ms", T.plusSeconds(30)),
                new ChaosReverted(T, "chaos-1", "latency", ChaosInjected.PROCESS, "deadline"),
                new AgentRestarted(T, "monitor", "threw", 1),
                new AdminAction(T, "token:1f2e3d4c", "POST /hms/api/patches", "payments", 202, "done"));
    }

    /** Exhaustive without a default: a new event type that is not handled here fails to compile. */
    private static String subject(HmsEvent event) {
        return switch (event) {
            case ComponentEvent c -> c.component();
            case LeadershipChanged l -> l.nodeId();
            case ChaosInjected c -> c.target();
            case ChaosReverted c -> c.target();
            case AgentRestarted a -> a.agent();
            case AdminAction a -> a.target();
        };
    }

    @Test
    void everyEventCarriesItsTimeAndSubject() {
        List<String> subjects = new ArrayList<>();
        for (HmsEvent event : oneOfEach()) {
            assertThat(event.time()).isEqualTo(T);
            subjects.add(subject(event));
        }
        assertThat(subjects).containsExactly("db", "db", "db", "db", "db", "db", "db", "db", "db", "db", "db",
                "db", "node-1", "process", "process", "monitor", "payments");
    }

    @Test
    void eventsAreValuesComparedByTheirFields() {
        assertThat(oneOfEach()).isEqualTo(oneOfEach());
        assertThat(new IncidentClosed(T, "db", "i-1", Duration.ofSeconds(9), "restart", 1))
                .isNotEqualTo(new IncidentClosed(T, "db", "i-1", Duration.ofSeconds(9), IncidentClosed.SELF, 1));
        assertThat(new RepairAttempted(T, "db", "i-1", "restart", 2, 1, RepairOutcome.TIMED_OUT, Duration.ofSeconds(2),
                "timed out").toString()).contains("outcome=TIMED_OUT", "level=2");
    }

    @Test
    void theStateAndOutcomeEnumsListTheirValuesInOrder() {
        assertThat(BreakerState.values()).containsExactly(BreakerState.CLOSED, BreakerState.OPEN, BreakerState.HALF_OPEN);
        assertThat(RepairOutcome.values()).containsExactly(RepairOutcome.VERIFIED, RepairOutcome.UNVERIFIED,
                RepairOutcome.FAILED, RepairOutcome.THREW, RepairOutcome.TIMED_OUT);
        assertThat(RepairOutcome.valueOf("THREW")).isEqualTo(RepairOutcome.THREW);
    }
}
