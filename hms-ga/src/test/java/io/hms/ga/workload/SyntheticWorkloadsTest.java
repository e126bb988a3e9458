package io.hms.ga.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.CallRecords;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class SyntheticWorkloadsTest {

    private static final long SECOND = 1_000_000_000L;

    /** Failure fraction and mean latency (ns) of the attempts that start in [from, to) seconds. */
    private static double[] window(CallRecords t, double from, double to) {
        int n = 0;
        int failed = 0;
        double latency = 0;
        for (int i = 0; i < t.size(); i++) {
            double s = t.startNanos(i) / (double) SECOND;
            if (s >= from && s < to) {
                n++;
                failed += t.outcome(i) == CallRecords.Outcome.FAILURE ? 1 : 0;
                latency += t.latencyNanos(i);
            }
        }
        return new double[] {n, (double) failed / n, latency / n};
    }

    private static void assertDeterministic(LongFunction<CallRecords> workload) {
        CallRecords a = workload.apply(11L);
        CallRecords b = workload.apply(11L);
        CallRecords c = workload.apply(12L);
        assertThat(b.startNanos()).isEqualTo(a.startNanos());
        assertThat(b.latencyNanos()).isEqualTo(a.latencyNanos());
        assertThat(b.outcomes()).isEqualTo(a.outcomes());
        assertThat(c.startNanos()).isNotEqualTo(a.startNanos());
    }

    @Test
    void everyWorkloadIsDeterministicPerSeed() {
        assertDeterministic(SyntheticWorkloads::steady);
        assertDeterministic(SyntheticWorkloads::transientErrorBursts);
        assertDeterministic(SyntheticWorkloads::latencySpikes);
        assertDeterministic(SyntheticWorkloads::overload);
        assertDeterministic(SyntheticWorkloads::flapping);
        assertDeterministic(SyntheticWorkloads::longOutage);
    }

    @Test
    void theLongOutageHasAWindowOfFailuresAndHealthAroundIt() {
        CallRecords t = SyntheticWorkloads.longOutage(1L);
        assertThat(window(t, 15, 45)[1]).isEqualTo(1.0);
        assertThat(window(t, 0, 15)[1]).isLessThan(0.05);
        assertThat(window(t, 45, 60)[1]).isLessThan(0.05);
        assertThat(window(t, 15, 45)[2]).isGreaterThan(500e6);
        assertThat(t.count(CallRecords.Outcome.REJECTED)).isZero();
    }

    @Test
    void overloadRaisesRateLatencyAndErrorsTogether() {
        CallRecords t = SyntheticWorkloads.overload(1L);
        double[] early = window(t, 0, 10);
        double[] late = window(t, 50, 60);
        assertThat(late[0]).isGreaterThan(2.5 * early[0]);
        assertThat(late[1]).isGreaterThan(0.2);
        assertThat(early[1]).isLessThan(0.05);
        assertThat(late[2]).isGreaterThan(3 * early[2]);
    }

    @Test
    void burstsAreShortAndSevere() {
        CallRecords t = SyntheticWorkloads.transientErrorBursts(1L);
        assertThat(window(t, 25, 26)[1]).isBetween(0.45, 0.75);
        assertThat(window(t, 26, 35)[1]).isLessThan(0.05);
    }

    @Test
    void spikesMultiplyLatencyForTwoSeconds() {
        CallRecords t = SyntheticWorkloads.latencySpikes(1L);
        assertThat(window(t, 22, 24)[2]).isGreaterThan(5 * window(t, 24, 30)[2]);
    }

    @Test
    void flappingAlternatesEveryFiveSeconds() {
        CallRecords t = SyntheticWorkloads.flapping(1L);
        for (int s = 0; s < 60; s += 10) {
            assertThat(window(t, s, s + 5)[1]).isLessThan(0.05);
            assertThat(window(t, s + 5, s + 10)[1]).isGreaterThan(0.8);
        }
    }

    @Test
    void tracesOfferAboutTheNominalRate() {
        assertThat(SyntheticWorkloads.steady(1L).size()).isBetween(11_000, 13_000);
    }
}
