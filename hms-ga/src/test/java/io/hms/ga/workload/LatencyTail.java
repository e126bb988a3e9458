package io.hms.ga.workload;

import io.hms.api.optimize.CallRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A dependency that answers every call, most in 10 ms and one in twenty in 2 s: a timeout below 2 s buys a
 * short p99 with failed calls. Deterministic per seed.
 */
public final class LatencyTail {

    private LatencyTail() {
    }

    /** 300 calls a second, evenly spaced, for 10 s; each latency within ±10 % of 10 ms or 2 s; no errors. */
    public static CallRecords trace(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> rows = new ArrayList<>();
        for (long t = 0; t < 10_000_000_000L; t += 3_333_333) {
            long latency = random.nextDouble() < 0.05 ? 2_000_000_000L : 10_000_000L;
            rows.add(new long[] {t, (long) (latency * (0.9 + 0.2 * random.nextDouble())), 0});
        }
        return TraceRows.toRecords(rows);
    }
}
