package io.hms.benchmarks.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.CallRecords.Outcome;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCsvTest {

    @Test
    void aTraceDumpsAsOneCsvRowPerAttempt() throws Exception {
        CallRecords trace = new CallRecords(new long[] {10, 20}, new long[] {5, 0},
                new Outcome[] {Outcome.FAILURE, Outcome.REJECTED}, new int[] {1, 2}, new long[] {3, 0});
        StringWriter out = new StringWriter();
        TraceCsv.write(trace, out);
        assertThat(out.toString().lines().toList()).isEqualTo(List.of(
                "start_nanos,latency_nanos,outcome,attempt,wait_nanos", "10,5,FAILURE,1,3", "20,0,REJECTED,2,0"));
    }

    @Test
    void aDumpedTraceReadsBackAsItWasAndABadRowIsNamedByFileAndLine(@TempDir Path dir) throws Exception {
        CallRecords trace = new CallRecords(new long[] {10, 20}, new long[] {5, 0},
                new Outcome[] {Outcome.SUCCESS, Outcome.TIMEOUT}, new int[] {1, 2}, new long[] {3, 0});
        Path file = dir.resolve("outage-train.csv");
        TraceCsv.write(trace, file);

        CallRecords read = TraceCsv.read(file);

        assertThat(read.size()).isEqualTo(2);
        assertThat(read.startNanos(1)).isEqualTo(20);
        assertThat(read.latencyNanos(0)).isEqualTo(5);
        assertThat(read.outcome(1)).isEqualTo(Outcome.TIMEOUT);
        assertThat(read.attempt(1)).isEqualTo(2);
        assertThat(read.waitNanos(0)).isEqualTo(3);
        Files.writeString(file, TraceCsv.HEADER + "\n10,5,SUCCESS,1,0\n20,five,SUCCESS,1,0\n");
        assertThatThrownBy(() -> TraceCsv.read(file)).hasMessageContaining("outage-train.csv:3")
                .hasMessageContaining("'20,five,SUCCESS,1,0'");
        assertThatThrownBy(() -> TraceCsv.read(dir.resolve("bursts-train.csv")))
                .hasMessageContaining("--dump-traces");
    }
}
