package io.hms.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hms.api.spi.AnomalyDetector;
import io.hms.core.monitor.anomaly.AnomalyEpisode;
import io.hms.core.monitor.anomaly.AnomalyWatch;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RcfAnomalyDetectorTest {

    private static final List<String> SIGNALS = List.of("latency", "errors", "check");

    /** A healthy tick: about 20 ms (log-normal, 15 %), 1 % errors, a 5 ms check; on the detector's log scale. */
    private static double[] healthy(Random r) {
        return new double[] {Math.log(20 * Math.exp(0.15 * r.nextGaussian())),
                Math.log(0.01 + Math.max(0, 0.01 + 0.005 * r.nextGaussian())), Math.log(5 * Math.exp(0.2 * r.nextGaussian()))};
    }

    @Test
    void aJumpInLatencyIsGradedWithinAFewTicksAndTheExpectationIsTheUsualLevel() {
        AnomalyDetector detector = new RcfAnomalyDetectorProvider().create("db", SIGNALS, 7L);
        Random r = new Random(7);
        for (int t = 0; t < 600; t++) {
            detector.observe(t, healthy(r));
        }
        int firstGraded = -1;
        double[] expected = null;
        for (int t = 600; t < 620 && firstGraded < 0; t++) {
            double[] v = healthy(r);
            v[0] += Math.log(8); // eight times slower from now on
            AnomalyDetector.Reading reading = detector.observe(t, v);
            if (reading.grade() > 0) {
                firstGraded = t - 600;
                expected = reading.expected();
            }
        }
        assertThat(firstGraded).as("ticks after the jump until a grade").isBetween(0, 5);
        assertThat(expected).hasSize(3);
        assertThat(expected[0]).as("the usual latency, on the log scale").isCloseTo(Math.log(20), within(0.6));
    }

    @Test
    void healthyNoiseRaisesNoLastingAnomalyInAnHourOfTicks() {
        AnomalyDetector detector = new RcfAnomalyDetectorProvider().create("db", SIGNALS, 11L);
        AnomalyEpisode episode = new AnomalyEpisode(3, 30);
        Random r = new Random(11);
        int raised = 0;
        for (int t = 0; t < 3600; t++) {
            raised += episode.update(detector.observe(t, healthy(r)).grade()) > 0 ? 1 : 0;
        }
        assertThat(raised).isZero();
    }

    @Test
    void theSameSeedAndValuesGiveTheSameGrades() {
        double[] first = grades(3L);
        assertThat(grades(3L)).containsExactly(first);
        assertThat(Arrays.stream(first).filter(g -> g > 0).count()).as("graded ticks after the jump")
                .isPositive();
    }

    private static double[] grades(long seed) {
        AnomalyDetector detector = new RcfAnomalyDetectorProvider().create("db", SIGNALS, seed);
        Random r = new Random(1);
        double[] g = new double[400];
        for (int t = 0; t < g.length; t++) {
            double[] v = healthy(r);
            if (t >= 300) {
                v[1] = Math.log(0.01 + 0.3);
            }
            g[t] = detector.observe(t, v).grade();
        }
        return g;
    }

    @Test
    void theRuntimeFindsItWithServiceLoader() {
        assertThat(AnomalyWatch.discover(getClass().getClassLoader()))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("random-cut-forest"));
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        RcfAnomalyDetectorProvider provider = new RcfAnomalyDetectorProvider();
        assertThatThrownBy(() -> provider.create("db", List.of(), 1L)).hasMessageContaining("at least one signal");
        AnomalyDetector detector = provider.create("db", SIGNALS, 1L);
        assertThatThrownBy(() -> detector.observe(0, new double[2]))
                .hasMessageContaining("expected 3 values, one per signal, got 2");
    }
}
