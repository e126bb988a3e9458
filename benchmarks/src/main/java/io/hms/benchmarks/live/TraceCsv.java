package io.hms.benchmarks.live;

import io.hms.api.optimize.CallRecords;
import io.hms.ga.workload.RecordedTraces;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a recorded trace as CSV and reads it back, one row per attempt, oldest first:
 * {@code start_nanos,latency_nanos,outcome,attempt,wait_nanos} (the outcome by its name, e.g.
 * {@code SUCCESS}; the wait for a place before the attempt started, 0 if it did not wait).
 */
final class TraceCsv {

    /** The first line of the file. */
    static final String HEADER = "start_nanos,latency_nanos,outcome,attempt,wait_nanos";

    private TraceCsv() {
    }

    /** Writes {@code trace} to {@code out}. */
    static void write(CallRecords trace, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (int i = 0; i < trace.size(); i++) {
            out.write(Long.toString(trace.startNanos(i)));
            out.write(',');
            out.write(Long.toString(trace.latencyNanos(i)));
            out.write(',');
            out.write(trace.outcome(i).name());
            out.write(',');
            out.write(Integer.toString(trace.attempt(i)));
            out.write(',');
            out.write(Long.toString(trace.waitNanos(i)));
            out.write('\n');
        }
    }

    /** Writes {@code trace} to {@code file}, creating its directory. */
    static void write(CallRecords trace, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(trace, w);
        }
    }

    /**
     * Reads a trace {@link #write} wrote ({@link RecordedTraces#read}).
     *
     * @throws IllegalArgumentException if the file is missing or a row is not as written, naming the file and line
     */
    static CallRecords read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no trace " + file + "; --tune-on takes a directory that --dump-traces"
                    + " wrote, with a <shape>-train.csv per shape measured");
        }
        return RecordedTraces.read(file);
    }
}
