package io.hms.ga.replay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMixTest {

    @Test
    void bits53IsTheTop53BitsOfTheStreamAtThatPosition() {
        SplittableRandom keys = new SplittableRandom(11);
        for (int n = 0; n < 200; n++) {
            long key = keys.nextLong();
            SplitMix stepped = new SplitMix(key);
            for (int counter = 0; counter < 50; counter++) {
                long bits = SplitMix.bits53(key, counter);
                assertEquals(stepped.nextLong() >>> 11, bits, "key " + key + ", counter " + counter);
                assertEquals(SplitMix.uniform(key, counter), bits * 0x1.0p-53);
            }
        }
    }

    @Test
    void aDrawFallsBelowTheThresholdExactlyWhenItFallsBelowTheProbability() {
        SplittableRandom random = new SplittableRandom(5);
        double[] edges = {0, 1, 0.5, Double.MIN_VALUE, Double.MIN_NORMAL, 0x1.0p-53, 0x1.0p-54, 1 - 0x1.0p-53,
                Math.nextDown(1.0), Math.nextUp(0x1.0p-53), Math.nextDown(0.5)};
        for (int n = 0; n < 20_000; n++) {
            // probabilities with bits below 2^-53, where rounding the threshold down would be wrong
            double p = n < edges.length ? edges[n] : Math.scalb(random.nextDouble(), -random.nextInt(60));
            long threshold = SplitMix.threshold53(p);
            long boundary = Math.min((long) (p * 0x1.0p53), (1L << 53) - 1);
            long[] draws = {boundary, Math.max(0, boundary - 1), Math.min((1L << 53) - 1, boundary + 1),
                    random.nextLong() >>> 11, 0, (1L << 53) - 1};
            for (long bits : draws) {
                assertEquals(bits * 0x1.0p-53 < p, bits < threshold, "p=" + p + ", bits53=" + bits);
            }
        }
    }
}
