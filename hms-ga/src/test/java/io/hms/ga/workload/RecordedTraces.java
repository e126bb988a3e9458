package io.hms.ga.workload;

import io.hms.api.optimize.CallRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Traces recorded from live dependencies (the live-workload harness's {@code --dump-traces}), stored as
 * test resources: CSV with the header {@code start_nanos,latency_nanos,outcome,attempt}, and a fifth column
 * {@code wait_nanos} in a dump that has it. Public for the trials in {@code benchmarks/}, which run on them too.
 */
public final class RecordedTraces {

    private RecordedTraces() {
    }

    /**
     * The trace stored as {@code traces/<name>.csv}: {@code overload-train}, {@code error-bursts-train},
     * {@code outage-train} or {@code degradation-train}.
     *
     * @throws IllegalArgumentException if there is no such trace
     */
    public static CallRecords load(String name) {
        String resource = "/traces/" + name + ".csv";
        try (InputStream in = RecordedTraces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded trace '" + name + "' (" + resource + "); the recorded"
                        + " traces are overload-train, error-bursts-train, outage-train and degradation-train");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line = reader.readLine(); // the header
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
            long[] starts = new long[rows.size()];
            long[] latencies = new long[rows.size()];
            CallRecords.Outcome[] outcomes = new CallRecords.Outcome[rows.size()];
            int[] attempts = new int[rows.size()];
            long[] waits = new long[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                String[] row = rows.get(i);
                starts[i] = Long.parseLong(row[0]);
                latencies[i] = Long.parseLong(row[1]);
                outcomes[i] = CallRecords.Outcome.valueOf(row[2]);
                attempts[i] = Integer.parseInt(row[3]);
                waits[i] = row.length > 4 ? Long.parseLong(row[4]) : 0;
            }
            return new CallRecords(starts, latencies, outcomes, attempts, waits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
