package io.hms.core.healer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.RepairOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentRunTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anIncidentThatRunsStepsForeverKeepsTheLatestAndCountsThemAll() {
        IncidentRun run = new IncidentRun("inc-1", "db", "health DOWN", "health DOWN", T0, Duration.ofSeconds(1));
        int ran = IncidentRun.KEPT_STEPS + 44;
        for (int i = 0; i < ran; i++) {
            run.addStep(new IncidentStep("reconnect", 1, i + 1, RepairOutcome.UNVERIFIED, T0.plusSeconds(i),
                    Duration.ofMillis(5), ""));
        }

        Incident incident = run.snapshot();

        assertThat(run.stepCount()).isEqualTo(ran);
        assertThat(incident.steps()).hasSize(IncidentRun.KEPT_STEPS);
        assertThat(incident.steps().getFirst().attempt()).isEqualTo(45);
        assertThat(incident.steps().getLast().attempt()).isEqualTo(ran);
    }
}
