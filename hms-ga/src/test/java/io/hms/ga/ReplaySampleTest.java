package io.hms.ga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hms.ga.internal.SplitMix;
import org.junit.jupiter.api.Test;

/** The replay's quantile function: which interval a draw picks and where within it. */
class ReplaySampleTest {

    private static final int Q = DependencyModel.QUANTILES;

    /** A table of quantiles in nanoseconds, with a second one after it so that reading past the end shows. */
    private static long[] quantiles() {
        long[] table = new long[2 * Q];
        for (int i = 0; i < Q; i++) {
            table[i] = 1_000_000L * (i + 1) * (i + 1);
            table[Q + i] = -1;
        }
        return table;
    }

    @Test
    void theEndsOfTheDrawsRangeMapToTheEndsOfTheDistribution() {
        long[] table = quantiles();
        assertEquals(table[0], ReplayRun.interpolate(table, 0, 0));
        long top = ReplayRun.interpolate(table, 0, (1L << 53) - 1);
        assertTrue(top > table[Q - 2] && top <= table[Q - 1], "the highest draw stays in the last interval: " + top);
    }

    @Test
    void aDrawInterpolatesBetweenTheQuantilesAroundIt() {
        long[] table = quantiles();
        SplitMix random = new SplitMix(3);
        for (int n = 0; n < 50_000; n++) {
            long u53 = random.nextLong() >>> 11;
            double pos = u53 * 0x1.0p-53 * (Q - 1);
            int i = (int) pos;
            double expected = table[i] + (pos - i) * (table[i + 1] - table[i]);
            assertEquals(expected, ReplayRun.interpolate(table, 0, u53), 2.0, "u53=" + u53);
        }
    }

    @Test
    void theLatencyNeverFallsAsTheDrawRises() {
        long[] table = quantiles();
        long previous = Long.MIN_VALUE;
        for (long u53 = 0; u53 < 1L << 53; u53 += (1L << 53) / 10_007) {
            long sampled = ReplayRun.interpolate(table, 0, u53);
            assertTrue(sampled >= previous, "fell at u53=" + u53);
            previous = sampled;
        }
    }

    @Test
    void aBucketsSecondTableIsReadFromItsOffset() {
        long[] table = new long[2 * Q];
        for (int i = 0; i < Q; i++) {
            table[i] = 10 * i;
            table[Q + i] = 1_000 + 10 * i;
        }
        long half = 1L << 52;
        assertEquals(ReplayRun.interpolate(table, 0, half) + 1_000, ReplayRun.interpolate(table, Q, half));
    }
}
