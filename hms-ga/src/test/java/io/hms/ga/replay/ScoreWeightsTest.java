package io.hms.ga.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hms.api.policy.GuardPolicy;
import io.hms.ga.workload.SyntheticWorkloads;
import org.junit.jupiter.api.Test;

class ScoreWeightsTest {

    private static final long MS = 1_000_000L;

    @Test
    void defaultScoreFollowsTheDocumentedFormula() {
        // 1000 offered, 800 delivered, 200 failed of which 50 refused; p99 4x the reference; 1500 attempts sent
        ReplayResult r = new ReplayResult(1_000, 800, 200, 50, 1_500, 10_000 * MS, 80 * MS, 1, 3_000, Double.NaN);
        double expected = 1.0 * 0.8 - 0.5 * 0.15 - 0.2 * 0.05 - 0.05 * 2 - 0.1 * 0.5;
        assertThat(ScoreWeights.defaults().score(r, 20 * MS)).isCloseTo(expected, within(1e-12));
        assertThat(r.goodputPerSecond()).isCloseTo(80.0, within(1e-9));
        assertThat(r.loadPerSecond()).isCloseTo(150.0, within(1e-9));
    }

    @Test
    void latencyUnderTheReferenceAndNoRetriesCostNothing() {
        ReplayResult r = new ReplayResult(100, 100, 0, 0, 100, 1_000 * MS, 5 * MS, 0, 200, Double.NaN);
        assertThat(ScoreWeights.defaults().score(r, 20 * MS)).isEqualTo(1.0);
    }

    @Test
    void aRefusedCallCostsLessThanAFailedOne() {
        ReplayResult failed = new ReplayResult(100, 50, 50, 0, 100, 1_000 * MS, 5 * MS, 0, 200, Double.NaN);
        ReplayResult refused = new ReplayResult(100, 50, 50, 50, 50, 1_000 * MS, 5 * MS, 0, 200, Double.NaN);
        assertThat(ScoreWeights.defaults().score(refused, 20 * MS))
                .isGreaterThan(ScoreWeights.defaults().score(failed, 20 * MS));
    }

    @Test
    void replayUsesItsWeights() {
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.flapping(1L)));
        ReplayResult r = replay.withWeights(new ScoreWeights(1, 0, 0, 0, 0)).replay(GuardPolicy.defaults(), 1L);
        assertThat(r.score()).isEqualTo((double) r.successfulCalls() / r.offeredCalls());
    }

    @Test
    void negativeWeightIsRefused() {
        assertThatThrownBy(() -> new ScoreWeights(1, -0.5, 0, 0, 0)).hasMessageContaining("errors")
                .hasMessageContaining("-0.5");
    }
}
