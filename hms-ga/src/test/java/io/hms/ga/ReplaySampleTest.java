package io.hms.ga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hms.ga.internal.SplitMix;
import org.junit.jupiter.api.Test;

/** The replay's quantile function: which interval a draw picks and where within it. */
class ReplaySampleTest {

    private static final int Q = DependencyModel.QUANTILES;

    /** Two tables side by side, so that reading past the first one's end would be seen. */
    private static double[] quantiles() {
        double[] table = new double[2 * Q];
        for (int i = 0; i < Q; i++) {
            table[i] = 1_000.0 * (i + 1) * (i + 1);
            table[Q + i] = -1;
        }
        return table;
    }

    @Test
    void theEndsOfTheDrawsRangeMapToTheEndsOfTheDistribution() {
        double[] table = quantiles();
        assertEquals(table[0], ReplayRun.sample(table, 0, 0));
        double top = ReplayRun.sample(table, 0, (1L << 53) - 1);
        assertTrue(top > table[Q - 2] && top < table[Q - 1], "the highest draw stays in the last interval: " + top);
    }

    @Test
    void aDrawInterpolatesBetweenTheQuantilesAroundIt() {
        double[] table = quantiles();
        SplitMix random = new SplitMix(3);
        for (int n = 0; n < 50_000; n++) {
            long u53 = random.nextLong() >>> 11;
            double u = u53 * 0x1.0p-53;
            double pos = u * (Q - 1);
            int i = (int) pos;
            double expected = table[i] + (pos - i) * (table[i + 1] - table[i]);
            double sampled = ReplayRun.sample(table, 0, u53);
            assertEquals(expected, sampled, 1e-9 * table[Q - 1], "u=" + u);
        }
    }

    @Test
    void theSampleNeverFallsWithTheDraw() {
        double[] table = quantiles();
        double previous = Double.NEGATIVE_INFINITY;
        for (long u53 = 0; u53 < 1L << 53; u53 += (1L << 53) / 10_007) {
            double sampled = ReplayRun.sample(table, 0, u53);
            assertTrue(sampled >= previous, "fell at u53=" + u53);
            previous = sampled;
        }
    }
}
