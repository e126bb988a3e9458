package io.hms.examples.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptimizeDemoTest {

    @Test
    void theEvolvedPolicyIsJudgedProposedAndCanariedAndTheDemoRunsToTheEnd() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        OptimizeDemo.Settings fast = new OptimizeDemo.Settings(Duration.ofMillis(1500), 420, 120);

        OptimizeDemo.Report report = new OptimizeDemo(new PrintStream(text, true, StandardCharsets.UTF_8), fast).run();

        assertThat(report.start()).isEqualTo(OptimizeDemo.resilience4jLike());
        assertThat(report.generations()).isNotEmpty();
        assertThat(report.generations().getLast().evaluations()).isLessThanOrEqualTo(120);
        assertThat(report.before().calls()).isPositive();
        assertThat(report.after().calls()).isEqualTo(report.before().calls());
        assertThat(report.predictedBefore()).isPositive();
        String printed = text.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("generation  1", "replay score", "before", "after", "replay predicted",
                "of the 392 good calls/s");
        if (report.verdict().proposed()) { // the start melts down on this load; a live trace decides, though
            assertThat(report.winnerScore()).isGreaterThan(report.startScore());
            assertThat(report.winner()).isNotEqualTo(report.start());
            assertThat(printed).contains(report.patch().promoted() ? "promoted" : "rolled back");
        } else {
            assertThat(report.patch()).isNull();
            assertThat(printed).contains("kept the start policy");
        }
    }
}
