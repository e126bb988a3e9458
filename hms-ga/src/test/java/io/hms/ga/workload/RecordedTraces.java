package io.hms.ga.workload;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Traces recorded from live dependencies (the live-workload harness's {@code --dump-traces}), stored as
 * test resources: CSV with the header {@code start_nanos,latency_nanos,outcome,attempt}, and a fifth column
 * {@code wait_nanos} in a dump that has it; {@link #read} reads any such dump from a file. Public for the trials
 * and the harness in {@code benchmarks/}, which run on them too.
 */
public final class RecordedTraces {

    private static final String HEADER = "start_nanos,latency_nanos,outcome,attempt";

    private RecordedTraces() {
    }

    /**
     * The guard policy the stored traces were recorded under, the harness's Resilience4j-like start: a 1 s
     * timeout, a bulkhead of 25, a breaker on the last 100 calls at 50 % failures (at least 100) open 60 s with
     * 10 probes, three attempts 500 ms apart.
     */
    public static GuardPolicy recordingPolicy() {
        return new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)), ConcurrencyLimitPolicy.fixed(25),
                new BreakerPolicy(WindowType.COUNT, 100, 50f, 100f, Duration.ofSeconds(60), 100,
                        Duration.ofSeconds(60), 10),
                new RetryPolicy(3, Duration.ofMillis(500), 1.0, Duration.ofMillis(500), 0.0));
    }

    /**
     * The trace stored as {@code traces/<name>.csv}: {@code overload-train}, {@code error-bursts-train},
     * {@code outage-train}, {@code outage-mid-bucket-train} (an outage that begins within a time bucket, its hung
     * calls filling a bulkhead of 25) or {@code degradation-train}.
     *
     * @throws IllegalArgumentException if there is no such trace
     */
    public static CallRecords load(String name) {
        String resource = "/traces/" + name + ".csv";
        try (InputStream in = RecordedTraces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded trace '" + name + "' (" + resource + "); the recorded"
                        + " traces are overload-train, error-bursts-train, outage-train, outage-mid-bucket-train and"
                        + " degradation-train");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The trace in {@code file}, in the same CSV.
     *
     * @throws IllegalArgumentException if there is no such file, or a row is not a trace's, naming the file and line
     */
    public static CallRecords read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no trace " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CallRecords parse(BufferedReader reader, String where) throws IOException {
        String header = reader.readLine();
        if (header == null || !header.startsWith(HEADER)) {
            throw new IllegalArgumentException(where + ":1: expected the header " + HEADER + "[,wait_nanos]");
        }
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        int n = (int) lines.stream().filter(l -> !l.isBlank()).count();
        long[] starts = new long[n];
        long[] latencies = new long[n];
        CallRecords.Outcome[] outcomes = new CallRecords.Outcome[n];
        int[] attempts = new int[n];
        long[] waits = new long[n];
        int i = 0;
        for (int at = 0; at < lines.size(); at++) {
            String line = lines.get(at);
            if (line.isBlank()) {
                continue;
            }
            String[] row = line.split(",");
            try {
                starts[i] = Long.parseLong(row[0]);
                latencies[i] = Long.parseLong(row[1]);
                outcomes[i] = CallRecords.Outcome.valueOf(row[2]);
                attempts[i] = Integer.parseInt(row[3]);
                waits[i] = row.length > 4 ? Long.parseLong(row[4]) : 0;
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ":" + (at + 2) + ": expected " + HEADER
                        + "[,wait_nanos], got '" + line + "'", e);
            }
            i++;
        }
        return new CallRecords(starts, latencies, outcomes, attempts, waits);
    }
}
