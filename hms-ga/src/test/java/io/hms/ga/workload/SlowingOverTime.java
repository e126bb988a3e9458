package io.hms.ga.workload;

import io.hms.api.optimize.CallRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A dependency that slows down with the clock, not with load: its latency rises linearly over the trace
 * whatever the calls in flight, so the calls in flight rise with it (Little's law) and load and time move
 * together. The case a learned {@code LoadModel} must not take for overload. Deterministic per seed.
 */
public final class SlowingOverTime {

    private static final long MS = 1_000_000L;

    private SlowingOverTime() {
    }

    /**
     * The trace of 6 s of Poisson arrivals at 200 calls/s through a fixed limit of {@code limit}, one attempt
     * per call, to a dependency whose latency rises from 10 ms to 800 ms over the 6 s (±25 %); 1 % of
     * attempts fail.
     */
    public static CallRecords trace(int limit, long seed) {
        return trace(limit, 800, Long.MAX_VALUE, seed);
    }

    /**
     * As {@link #trace(int, long)}, the latency rising from 10 ms to {@code endMillis}, and an attempt that takes
     * longer than {@code timeoutMillis} recorded as timed out at that deadline, when its place in flight frees.
     */
    public static CallRecords trace(int limit, long endMillis, long timeoutMillis, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> rows = new ArrayList<>(); // start, latency, kind (0 success, 1 failure, 2 refused, 3 timed out)
        PriorityQueue<Long> ends = new PriorityQueue<>();
        long span = 6_000 * MS;
        long deadline = timeoutMillis > Long.MAX_VALUE / MS ? Long.MAX_VALUE : timeoutMillis * MS;
        for (long t = 0; ; ) {
            t += (long) (-Math.log(1 - random.nextDouble()) / 200 * 1e9);
            if (t >= span) {
                break;
            }
            while (!ends.isEmpty() && ends.peek() <= t) {
                ends.poll();
            }
            if (ends.size() >= limit) {
                rows.add(new long[] {t, 0, 2});
                continue;
            }
            double base = 10 * MS + (endMillis - 10) * MS * ((double) t / span);
            long latency = (long) (base * (0.75 + 0.5 * random.nextDouble()));
            boolean failed = random.nextDouble() < 0.01;
            if (latency > deadline) {
                ends.add(t + deadline);
                rows.add(new long[] {t, deadline, 3});
            } else {
                ends.add(t + latency);
                rows.add(new long[] {t, latency, failed ? 1 : 0});
            }
        }
        return TraceRows.toRecords(rows);
    }
}
