package io.hms.examples.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.RepairOutcome;
import io.hms.core.healer.Incident;
import io.hms.core.healer.IncidentStep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckoutDemoTest {

    @Test
    void healsEachInjectedFaultOfTheInventoryComponent() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CheckoutDemo.DemoReport report = new CheckoutDemo(new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        assertThat(report.allRecovered()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
        assertThat(report.episodes()).extracting(CheckoutDemo.Episode::resolvedBy)
                .containsExactly("resetPool", "restartClient", "restartClient");
        Incident hang = report.incidents().get(report.incidents().size() - 1);
        assertThat(hang.steps()).extracting(IncidentStep::outcome)
                .containsExactly(RepairOutcome.TIMED_OUT, RepairOutcome.VERIFIED);
        assertThat(report.served()).isPositive();
        assertThat(report.fellBack()).isPositive();
        assertThat(report.lost()).isZero();
        String timeline = printed.toString(StandardCharsets.UTF_8);
        assertThat(timeline).contains("inject fault ERRORS", "breaker CLOSED -> OPEN", "repair level 1 resetPool",
                "repair level 2 restartClient: VERIFIED", "breaker HALF_OPEN -> CLOSED", "MTTR", "hms.guard.calls");
    }
}
