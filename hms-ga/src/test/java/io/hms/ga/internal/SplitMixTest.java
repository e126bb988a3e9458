package io.hms.ga.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMixTest {

    @Test
    void bits53IsTheUniformDrawBeforeItsScaling() {
        SplitMix keys = new SplitMix(11);
        for (int i = 0; i < 10_000; i++) {
            long key = keys.nextLong();
            long counter = keys.nextLong();
            long bits = SplitMix.bits53(key, counter);
            assertTrue(bits >= 0 && bits < 1L << 53, "bits53 out of [0, 2^53): " + bits);
            assertEquals(SplitMix.uniform(key, counter), bits * 0x1.0p-53);
        }
    }

    @Test
    void aDrawFallsBelowTheThresholdExactlyWhenItFallsBelowTheProbability() {
        SplitMix random = new SplitMix(5);
        double[] edges = {0, 1, 0.5, Double.MIN_VALUE, 0x1.0p-53, 0x1.0p-54, 1 - 0x1.0p-53, Math.nextDown(1.0)};
        for (int i = 0; i < 20_000; i++) {
            double p = i < edges.length ? edges[i] : random.nextDouble();
            long threshold = SplitMix.threshold53(p);
            // draws right at, below and above the boundary, and one at random
            long boundary = Math.min((long) (p * 0x1.0p53), (1L << 53) - 1);
            long[] draws = {boundary, Math.max(0, boundary - 1), Math.min((1L << 53) - 1, boundary + 1),
                    random.nextLong() >>> 11, 0, (1L << 53) - 1};
            for (long bits : draws) {
                assertEquals(bits * 0x1.0p-53 < p, bits < threshold, "p=" + p + ", bits53=" + bits);
            }
        }
    }
}
