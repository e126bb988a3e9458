package io.hms.ga.workload;

import io.hms.api.optimize.CallRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A dependency that goes down for a while and, while down, holds every attempt 250 ms and then fails it: its
 * failures follow the clock, yet the attempts in flight climb with them, because each failing attempt hangs.
 * The load a learned {@code LoadModel} is for must not be read into it. Deterministic per seed.
 */
public final class HangingOutage {

    private static final long MS = 1_000_000L;

    private HangingOutage() {
    }

    /**
     * The trace of 6,000 calls arriving at 300/s (Poisson), through a fixed limit of 100, one attempt per call:
     * 10 ms (±25 %) with 1 % errors, except from 30 to 60 % of the calls, when every attempt hangs 250 ms and
     * fails (recorded as a failure).
     */
    public static CallRecords trace(long seed) {
        return trace(250, false, seed);
    }

    /**
     * As {@link #trace(long)}, the attempts of the outage held {@code hangMillis} and recorded as timed out at
     * that deadline when {@code timedOut}, else as failures.
     */
    public static CallRecords trace(long hangMillis, boolean timedOut, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> rows = new ArrayList<>(); // start, latency, kind (as TraceRows)
        PriorityQueue<Long> ends = new PriorityQueue<>();
        long t = 0;
        int calls = 6_000;
        for (int i = 0; i < calls; i++) {
            t += (long) (-Math.log(1 - random.nextDouble()) / 300 * 1e9);
            while (!ends.isEmpty() && ends.peek() <= t) {
                ends.poll();
            }
            if (ends.size() >= 100) {
                rows.add(new long[] {t, 0, 2});
                continue;
            }
            boolean down = i >= calls * 3 / 10 && i < calls * 6 / 10;
            long latency = down ? hangMillis * MS : (long) (10 * MS * (0.75 + 0.5 * random.nextDouble()));
            boolean failed = down || random.nextDouble() < 0.01;
            ends.add(t + latency);
            rows.add(new long[] {t, latency, down && timedOut ? 3 : failed ? 1 : 0});
        }
        return TraceRows.toRecords(rows);
    }
}
