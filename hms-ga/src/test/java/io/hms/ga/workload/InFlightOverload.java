package io.hms.ga.workload;

import io.hms.api.optimize.CallRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A dependency whose latency and errors follow the load it carries, the calls in flight at once, rather
 * than the clock: the overload a learned {@code LoadModel} is for. Deterministic per seed.
 */
public final class InFlightOverload {

    private static final long MS = 1_000_000L;

    private InFlightOverload() {
    }

    /**
     * The trace of a dependency that serves {@code capacity} calls in flight at 20 ms and, beyond, slows by
     * 3x and fails 40 % more per unit of excess ({@code x = (in flight - capacity) / capacity}, judged when an
     * attempt starts); called through a fixed limit of {@code limit}, one attempt per call, with Poisson
     * arrivals whose rate rises from 50/s to 750/s, so the trace sees both sides of the knee.
     */
    public static CallRecords trace(int capacity, int limit, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> rows = new ArrayList<>(); // start, latency, failed
        PriorityQueue<Long> ends = new PriorityQueue<>();
        long t = 0;
        for (int i = 0; i < 6_000; i++) {
            double rate = 50 + 700.0 * i / 6_000; // calls a second, rising
            t += (long) (-Math.log(1 - random.nextDouble()) / rate * 1e9);
            while (!ends.isEmpty() && ends.peek() <= t) {
                ends.poll();
            }
            if (ends.size() >= limit) {
                rows.add(new long[] {t, 0, 2});
                continue;
            }
            double excess = Math.max(0, (double) (ends.size() + 1) / capacity - 1);
            long latency = (long) (20 * MS * (1 + 3 * excess) * (0.75 + 0.5 * random.nextDouble()));
            boolean failed = random.nextDouble() < Math.min(0.95, 0.02 + 0.4 * excess);
            ends.add(t + latency);
            rows.add(new long[] {t, latency, failed ? 1 : 0});
        }
        return TraceRows.toRecords(rows);
    }
}
