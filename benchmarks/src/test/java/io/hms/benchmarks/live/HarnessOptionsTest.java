package io.hms.benchmarks.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.CallRecords;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessOptionsTest {

    @Test
    void withoutArgumentsEveryShapeRunsThreeRoundsOfSixSeconds() {
        HarnessOptions o = HarnessOptions.parse();
        assertThat(o.phase()).isEqualTo(Duration.ofSeconds(6));
        assertThat(o.rounds()).isEqualTo(3);
        assertThat(o.shapes()).containsExactly(Shape.values());
        assertThat(o.dumpTraces()).isEmpty();
        assertThat(o.tuneOn()).as("the recorded traces").isEmpty();
    }

    @Test
    void optionsOverrideTheDefaults() {
        HarnessOptions o = HarnessOptions.parse("--phase", "4s", "--rounds", "1", "--shapes", "overload,outage",
                "--dump-traces", "traces", "--tune-on", "old");
        assertThat(o.phase()).isEqualTo(Duration.ofSeconds(4));
        assertThat(o.rounds()).isEqualTo(1);
        assertThat(o.shapes()).containsExactly(Shape.OVERLOAD, Shape.OUTAGE);
        assertThat(o.dumpTraces()).contains(Path.of("traces"));
        assertThat(o.tuneOn()).contains(Path.of("old"));
        assertThat(HarnessOptions.duration("4500ms")).isEqualTo(Duration.ofMillis(4500));
        assertThat(HarnessOptions.duration("2.5")).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void anUnknownShapeIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> HarnessOptions.parse("--shapes", "overload,flood"))
                .hasMessageContaining("'flood'").hasMessageContaining("capacity-drop");
        assertThatThrownBy(() -> HarnessOptions.parse("--rounds")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> HarnessOptions.parse("--phase", "fast")).hasMessageContaining("6s or 4500ms");
        assertThatThrownBy(() -> HarnessOptions.parse("--rounds", "three"))
                .hasMessage("--rounds takes a whole number, got 'three'");
    }

    @Test
    void theTracesToTuneOnAreReadForEveryShapeBeforeAnyRunsAndAMissingOneIsNamed(@TempDir Path dir) throws Exception {
        CallRecords trace = new CallRecords(new long[] {10, 20}, new long[] {5, 5},
                new CallRecords.Outcome[] {CallRecords.Outcome.SUCCESS, CallRecords.Outcome.FAILURE});
        TraceCsv.write(trace, dir.resolve("outage-train.csv"));

        assertThat(HarnessOptions.parse("--shapes", "outage").tracesToTune()).as("no --tune-on").isEmpty();
        assertThat(HarnessOptions.parse("--shapes", "outage", "--tune-on", dir.toString()).tracesToTune())
                .containsOnlyKeys(Shape.OUTAGE).extractingByKey(Shape.OUTAGE)
                .satisfies(read -> assertThat(read.outcome(1)).isEqualTo(CallRecords.Outcome.FAILURE));
        assertThatThrownBy(() -> HarnessOptions.parse("--shapes", "outage,overload", "--tune-on", dir.toString())
                .tracesToTune()).hasMessageContaining("overload-train.csv").hasMessageContaining("--dump-traces");
    }
}
