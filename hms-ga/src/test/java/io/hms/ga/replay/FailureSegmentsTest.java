package io.hms.ga.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Failure segments: runs of buckets, or of attempts, that fail at one rate, split only where the data say so. */
class FailureSegmentsTest {

    private static final int BUCKETS = 100;
    private static final int PER_BUCKET = 40;

    /** Attempts of each bucket failing with {@code rate[bucket]}, drawn with {@code seed}. */
    private static int[] segments(double[] rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = BUCKETS * PER_BUCKET;
        int[] bucketOf = new int[n];
        boolean[] failed = new boolean[n];
        for (int i = 0; i < n; i++) {
            bucketOf[i] = i / PER_BUCKET;
            failed[i] = random.nextDouble() < rate[bucketOf[i]];
        }
        return FailureSegments.of(bucketOf, failed, BUCKETS);
    }

    @Test
    void aSteadyFailureRateIsOneSegmentWhateverTheNoise() {
        double[] rate = new double[BUCKETS];
        Arrays.fill(rate, 0.05);
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(segments(rate, seed)).as("seed %d", seed).containsOnly(0);
        }
    }

    @Test
    void anOutageIsASegmentOfItsOwnBetweenTheHealthyStretches() {
        double[] rate = new double[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            rate[b] = b >= 30 && b < 60 ? 1.0 : 0.01;
        }
        int[] runs = segments(rate, 7L);

        assertThat(runs[29]).isEqualTo(0);
        assertThat(runs[30]).isEqualTo(1);
        assertThat(runs[59]).isEqualTo(1);
        assertThat(runs[60]).isEqualTo(2);
        assertThat(runs[BUCKETS - 1]).isEqualTo(2);
    }

    @Test
    void aModestRiseInTheFailureRateIsSeenToo() {
        double[] rate = new double[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            rate[b] = b < 50 ? 0.02 : 0.10;
        }
        int[] runs = segments(rate, 3L);

        assertThat(runs[0]).isEqualTo(0);
        assertThat(runs[BUCKETS - 1]).isEqualTo(1);
        assertThat(runs[40]).as("the boundary within a few buckets of the change").isEqualTo(0);
        assertThat(runs[60]).isEqualTo(1);
    }

    @Test
    void atMostSixtyFourSegmentsHoweverOftenTheRateFlips() {
        double[] rate = new double[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            rate[b] = b % 2 == 0 ? 0.0 : 1.0;
        }
        int[] runs = segments(rate, 5L);

        assertThat(runs[BUCKETS - 1]).isEqualTo(FailureSegments.MAX_SEGMENTS - 1);
    }

    @Test
    void anOutageThatBeginsAndEndsWithinABucketIsSplitAtItsFirstAndLastFailingAttempts() {
        int n = 1_000;
        double[] position = new double[n];
        boolean[] failed = new boolean[n];
        SplittableRandom random = new SplittableRandom(11L);
        for (int i = 0; i < n; i++) {
            int at = (i * 7_919) % n; // recorded out of time order, as attempts end
            position[at] = i * 1e6; // an attempt a millisecond
            failed[at] = i >= 350 && i < 625 || random.nextDouble() < 0.01;
        }
        int[] runs = FailureSegments.ofAttempts(position, failed);

        for (int i = 0; i < n; i++) {
            int at = (i * 7_919) % n;
            assertThat(runs[at]).as("attempt %d", i).isEqualTo(i < 350 ? 0 : i < 625 ? 1 : 2);
        }
    }

    @Test
    void attemptsOfATraceLongerThanDaysAreStillPutInTimeOrder() {
        double[] position = new double[600];
        boolean[] failed = new boolean[600];
        for (int i = 0; i < 600; i++) {
            int at = (i * 7) % 600; // recorded out of time order
            position[at] = i * 1.5e12; // an attempt every 25 minutes: ten days in all
            failed[at] = i >= 350 && i < 450;
        }
        int[] runs = FailureSegments.ofAttempts(position, failed);

        for (int i = 0; i < 600; i++) {
            assertThat(runs[(i * 7) % 600]).as("attempt %d", i).isEqualTo(i < 350 ? 0 : i < 450 ? 1 : 2);
        }
    }

    @Test
    void theFirstRiseIsWhereTheFirstFailingRunBegins() {
        double[] position = new double[600];
        boolean[] failed = new boolean[600];
        for (int i = 0; i < 600; i++) {
            position[i] = i * 1e7;
            failed[i] = i >= 200 && i < 300 || i >= 400 && i < 450;
        }

        assertThat(FailureSegments.firstRise(position, failed, 0.5)).isEqualTo(2e9);
        assertThat(FailureSegments.firstRise(position, new boolean[600], 0.5)).as("none").isEqualTo(-1);
    }

    @Test
    void noBucketsNoSegments() {
        assertThat(FailureSegments.of(new int[0], new boolean[0], 0)).isEmpty();
    }
}
