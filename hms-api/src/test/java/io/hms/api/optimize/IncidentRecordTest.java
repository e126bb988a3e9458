package io.hms.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.RepairOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An incident record is an immutable, validated account of a closed incident's repair steps. */
class IncidentRecordTest {

    private static final IncidentRecord.Step CLEAR =
            new IncidentRecord.Step("clear-cache", RepairOutcome.UNVERIFIED, Duration.ofSeconds(1));
    private static final IncidentRecord.Step RESTART =
            new IncidentRecord.Step("restart-pool", RepairOutcome.VERIFIED, Duration.ofSeconds(8));

    @Test
    void theStepsAreKeptInOrderAsACopy() {
        List<IncidentRecord.Step> steps = new ArrayList<>(List.of(CLEAR, RESTART));
        IncidentRecord record = new IncidentRecord("inventory", "health DOWN", steps, Duration.ofSeconds(9));
        steps.clear();
        assertThat(record.steps()).containsExactly(CLEAR, RESTART);
        assertThat(record.steps().get(1).outcome()).isEqualTo(RepairOutcome.VERIFIED);
        assertThatThrownBy(() -> record.steps().add(CLEAR)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNegativeTimeToRecoverIsRefused() {
        assertThatThrownBy(() -> new IncidentRecord("inventory", "DOWN", List.of(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mttr must not be negative, got PT-1S");
        assertThat(new IncidentRecord("inventory", "DOWN", List.of(), Duration.ZERO).mttr()).isZero();
    }

    @Test
    void aStepWithANegativeDurationNamesItsFunction() {
        assertThatThrownBy(() -> new IncidentRecord.Step("restart", RepairOutcome.FAILED, Duration.ofMillis(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration of step restart must not be negative, got PT-0.005S");
    }

    @Test
    void missingFieldsAreRefusedByName() {
        assertThatThrownBy(() -> new IncidentRecord(null, "t", List.of(), Duration.ZERO)).hasMessage("component");
        assertThatThrownBy(() -> new IncidentRecord("c", null, List.of(), Duration.ZERO)).hasMessage("trigger");
        assertThatThrownBy(() -> new IncidentRecord("c", "t", List.of(), null)).hasMessage("mttr");
        assertThatThrownBy(() -> new IncidentRecord.Step(null, RepairOutcome.THREW, Duration.ZERO)).hasMessage("function");
        assertThatThrownBy(() -> new IncidentRecord.Step("f", null, Duration.ZERO)).hasMessage("outcome");
        assertThatThrownBy(() -> new IncidentRecord.Step("f", RepairOutcome.TIMED_OUT, null)).hasMessage("duration");
    }
}
