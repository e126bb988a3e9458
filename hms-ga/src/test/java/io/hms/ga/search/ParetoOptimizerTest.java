package io.hms.ga.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.ParameterRange;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.Objectives;
import io.hms.ga.replay.ScoreWeights;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.internal.GuardParameters;
import io.hms.ga.workload.SyntheticWorkloads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ParetoOptimizerTest {

    private static final DependencyModel OVERLOAD_MODEL = DependencyModel.fromTrace(SyntheticWorkloads.overload(5L));
    private static final TraceReplay OVERLOAD = TraceReplay.of(OVERLOAD_MODEL);
    private static final PolicyCodec CODEC = PolicyCodec.of(PolicySpace.defaults(), ComponentPolicy.defaults());

    private static ParetoOptimizer optimizer(PolicyObjectives objectives, long budget, long seed) {
        return ParetoOptimizer.builder(CODEC, objectives)
                .populationSize(12).evaluationBudget(budget).randomSeed(seed).build();
    }

    private static PolicyFront front(ParetoOptimizer optimizer) {
        return optimizer.stream(GuardPolicy.defaults()).collect(ParetoGeneration.toLast()).orElseThrow().front();
    }

    @Test
    void theFrontIsNonEmptyAndNoCandidateEvaluatedDominatesAMember() {
        List<Objectives> evaluated = new ArrayList<>();
        PolicyObjectives replay = PolicyObjectives.replay(OVERLOAD, 1);
        // a front as large as the budget is never trimmed by crowding, so no evaluated candidate may dominate a member
        PolicyFront front = front(ParetoOptimizer.builder(CODEC, p -> {
            Objectives o = replay.evaluate(p);
            evaluated.add(o);
            return o;
        }).populationSize(12).evaluationBudget(120).randomSeed(3).frontSize(120).build());

        assertThat(front.isEmpty()).isFalse();
        assertThat(front.size()).isLessThanOrEqualTo(120);
        assertThat(front.members()).extracting(ParetoPolicy::objectives).doesNotHaveDuplicates();
        for (ParetoPolicy m : front.members()) {
            assertThat(evaluated).noneMatch(o -> o.dominates(m.objectives()));
            assertThat(front.members()).noneMatch(other -> other.objectives().dominates(m.objectives()));
        }
        assertThat(evaluated).hasSize(120);
    }

    @Test
    void theSameSeedsRepeatTheRunAndAnotherSeedChangesIt() {
        PolicyObjectives replay = PolicyObjectives.replay(OVERLOAD, 1);
        List<ParetoGeneration> first = optimizer(replay, 80, 7).stream(GuardPolicy.defaults()).toList();
        List<ParetoGeneration> second = optimizer(replay, 80, 7).stream(GuardPolicy.defaults()).toList();
        List<ParetoGeneration> other = optimizer(replay, 80, 8).stream(GuardPolicy.defaults()).toList();
        assertThat(second).isEqualTo(first);
        assertThat(other.getLast().front()).isNotEqualTo(first.getLast().front());
        assertThat(first.getLast().evaluations()).isEqualTo(80);
        assertThat(first.getLast().budgetExhausted()).isTrue();
        assertThat(first).allSatisfy(g -> assertThat(g.evaluations()).isLessThanOrEqualTo(80));
    }

    @Test
    void everyCandidateLiesInsideTheSpace() {
        PolicySpace narrow = PolicySpace.empty()
                .with(Parameter.RETRY_MAX_ATTEMPTS, 2, 3)
                .with(Parameter.FAILURE_RATE_THRESHOLD, 40.0, 60.0);
        ParameterRange attempts = narrow.range(Parameter.RETRY_MAX_ATTEMPTS).orElseThrow();
        ParameterRange threshold = narrow.range(Parameter.FAILURE_RATE_THRESHOLD).orElseThrow();
        AtomicLong outside = new AtomicLong();
        PolicyObjectives conflicting = p -> {
            double a = GuardParameters.read(p, Parameter.RETRY_MAX_ATTEMPTS);
            double t = GuardParameters.read(p, Parameter.FAILURE_RATE_THRESHOLD);
            if (!attempts.contains(a) || !threshold.contains(t)) {
                outside.incrementAndGet();
            }
            return new Objectives(a, 0, 100 - t, a * t);   // more attempts: goodput and load rise together
        };
        PolicyFront front = ParetoOptimizer.builder(PolicyCodec.of(narrow, ComponentPolicy.defaults()), conflicting)
                .populationSize(8).evaluationBudget(150).randomSeed(2).build()
                .stream(GuardPolicy.defaults()).collect(ParetoGeneration.toLast()).orElseThrow().front();
        assertThat(outside.get()).isZero();
        assertThat(front.members()).allSatisfy(m -> {
            assertThat(attempts.contains(m.policy().guard().retry().maxAttempts())).isTrue();
            assertThat(threshold.contains(m.policy().guard().breaker().failureRateThreshold())).isTrue();
        });
        assertThat(front.members()).extracting(m -> m.policy().guard().retry().maxAttempts()).contains(2, 3);
    }

    @Test
    void onOverloadTheFrontHoldsAPolicyWithMoreGoodputThanTheDefault() {
        PolicyObjectives replay = PolicyObjectives.replay(OVERLOAD, 1, 2);
        Objectives defaults = replay.evaluate(GuardPolicy.defaults());
        PolicyFront front = front(optimizer(replay, 400, 11));
        assertThat(front.members()).anyMatch(m -> m.objectives().goodputPerSecond() > defaults.goodputPerSecond());
        assertThat(front.members().getFirst().objectives().goodputPerSecond())
                .isGreaterThan(defaults.goodputPerSecond());
    }

    @Test
    void pickingByWeightsChoosesTheMemberTheWeightedScorePrefers() {
        PolicyObjectives replay = PolicyObjectives.replay(OVERLOAD, 1);
        PolicyFront front = front(optimizer(replay, 150, 4));
        ParetoPolicy chosen = front.pick(ScoreWeights.defaults(), OVERLOAD_MODEL).orElseThrow();
        double offered = OVERLOAD_MODEL.calls() / (OVERLOAD_MODEL.durationNanos() / 1e9);
        java.util.function.ToDoubleFunction<ParetoPolicy> weighted = m -> ScoreWeights.defaults()
                .score(m.objectives(), offered, OVERLOAD_MODEL.referenceLatencyNanos());
        for (ParetoPolicy m : front.members()) {
            assertThat(weighted.applyAsDouble(chosen)).isGreaterThanOrEqualTo(weighted.applyAsDouble(m) - 1e-9);
        }
        ParetoPolicy leanest = front.pick(o -> -o.loadPerSecond()).orElseThrow();
        assertThat(front.members()).allSatisfy(m ->
                assertThat(m.objectives().loadPerSecond()).isGreaterThanOrEqualTo(leanest.objectives().loadPerSecond()));
    }

    @Test
    void objectivesFoldTheirDirectionsIntoDominance() {
        Objectives base = new Objectives(100, 0.1, 5e7, 120);
        assertThat(new Objectives(110, 0.1, 5e7, 120).dominates(base)).isTrue();
        assertThat(new Objectives(100, 0.05, 5e7, 120).dominates(base)).isTrue();
        assertThat(new Objectives(100, 0.1, 4e7, 119).dominates(base)).isTrue();
        assertThat(new Objectives(110, 0.1, 5e7, 130).dominates(base)).isFalse();
        assertThat(base.dominates(base)).isFalse();
        assertThatThrownBy(() -> new Objectives(Double.NaN, 0, 0, 0)).hasMessageContaining("finite");
        assertThatThrownBy(() -> ParetoOptimizer.builder(CODEC, p -> base).frontSize(0))
                .hasMessageContaining("frontSize must be at least 1");
    }
}
