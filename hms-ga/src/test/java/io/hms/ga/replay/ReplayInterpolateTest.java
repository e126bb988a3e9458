package io.hms.ga.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hms.ga.replay.internal.SplitMix;
import org.junit.jupiter.api.Test;

/** The replay's quantile function: which interval a draw picks and where within it. */
class ReplayInterpolateTest {

    private static final int Q = DependencyModel.QUANTILES;
    private static final long TOP = (1L << 53) - 1; // the highest draw

    /** A bucket's table as the replay holds it: the quantiles of successes, then of failures; 2 * Q long. */
    private static long[] table() {
        long[] table = new long[2 * Q];
        for (int i = 0; i < Q; i++) {
            table[i] = 1_000_000L * (i + 1) * (i + 1);
            table[Q + i] = 500_000_000L + 1_000_000L * i;
        }
        return table;
    }

    @Test
    void theEndsOfTheDrawsRangeMapToTheEndsOfTheDistribution() {
        long[] table = table();
        assertEquals(table[0], ReplayRun.interpolate(table, 0, 0));
        long top = ReplayRun.interpolate(table, 0, TOP);
        assertTrue(top > table[Q - 2] && top < table[Q - 1], "the highest draw stays in the last interval: " + top);
        // the failures' half ends the table: the highest draw must not read past it
        long topFailure = ReplayRun.interpolate(table, Q, TOP);
        assertTrue(topFailure > table[2 * Q - 2] && topFailure < table[2 * Q - 1], "got " + topFailure);
    }

    @Test
    void aDrawLandsOnTheExactPointOfItsIntervalRoundedDown() {
        long[] table = new long[2 * Q];
        for (int i = 0; i < Q; i++) {
            table[i] = 10L * i;
            table[Q + i] = 1_000 + 10L * i;
        }
        long half = 1L << 52; // 7.5 intervals in: half way from 70 to 80
        assertEquals(75, ReplayRun.interpolate(table, 0, half));
        assertEquals(1_075, ReplayRun.interpolate(table, Q, half));
    }

    @Test
    void aDrawInterpolatesBetweenTheQuantilesAroundIt() {
        long[] table = table();
        SplitMix random = new SplitMix(3);
        for (int n = 0; n < 50_000; n++) {
            long u53 = random.nextLong() >>> 11;
            double pos = u53 * 0x1.0p-53 * (Q - 1);
            int i = (int) pos;
            double expected = table[i] + (pos - i) * (table[i + 1] - table[i]);
            assertEquals(expected, ReplayRun.interpolate(table, 0, u53), 1.0, "u53=" + u53);
        }
    }

    @Test
    void theLatencyNeverFallsAsTheDrawRises() {
        long[] table = table();
        long previous = Long.MIN_VALUE;
        for (long u53 = 0; u53 < 1L << 53; u53 += (1L << 53) / 10_007) {
            long sampled = ReplayRun.interpolate(table, 0, u53);
            assertTrue(sampled >= previous, "fell at u53=" + u53);
            previous = sampled;
        }
    }
}
