package io.hms.benchmarks.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.CallRecords.Outcome;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
