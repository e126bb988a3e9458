package io.hms.benchmarks.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PoissonScheduleTest {

    @Test
    void theSameSeedGivesTheSameArrivals() {
        assertThat(PoissonSchedule.offsets(300, Duration.ofSeconds(6), 42))
                .containsExactly(PoissonSchedule.offsets(300, Duration.ofSeconds(6), 42));
    }

    @Test
    void anotherSeedGivesOtherArrivals() {
        assertThat(PoissonSchedule.offsets(300, Duration.ofSeconds(6), 42))
                .isNotEqualTo(PoissonSchedule.offsets(300, Duration.ofSeconds(6), 43));
    }

    @Test
    void arrivalsAscendWithinThePhaseAtTheRate() {
        long[] t = PoissonSchedule.offsets(400, Duration.ofSeconds(50), 7);
        assertThat(t).isSorted();
        assertThat(t[0]).isGreaterThanOrEqualTo(0);
        assertThat(t[t.length - 1]).isLessThan(Duration.ofSeconds(50).toNanos());
        assertThat(t.length / 50.0).isCloseTo(400, within(8.0)); // 20 000 arrivals: sd 141, i.e. 2.8/s
    }

    @Test
    void gapsAreExponential() {
        long[] t = PoissonSchedule.offsets(200, Duration.ofSeconds(100), 3);
        int shorterThanMean = 0;
        for (int i = 1; i < t.length; i++) {
            if (t[i] - t[i - 1] < 5_000_000) { // the mean gap at 200/s
                shorterThanMean++;
            }
        }
        // an exponential gap is below its mean with probability 1 - 1/e = 0.632; fixed gaps would give 0 or 1
        assertThat((double) shorterThanMean / (t.length - 1)).isCloseTo(0.632, within(0.02));
    }
}
