package io.hms.ga.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.ParameterRange;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.internal.GuardParameters;
import io.hms.ga.workload.SyntheticWorkloads;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemeticSearchTest {

    private static final TraceReplay OVERLOAD = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.overload(5L)));
    private static final PolicyCodec CODEC = PolicyCodec.of(PolicySpace.defaults(), ComponentPolicy.defaults());

    private static List<GenerationResult> run(LocalSearch search, PolicyFitness fitness, long budget) {
        return PolicyOptimizer.builder(CODEC, fitness)
                .populationSize(10).evaluationBudget(budget).localSearch(search).randomSeed(3).build()
                .stream(GuardPolicy.defaults())
                .toList();
    }

    @Test
    void memeticAndPlainSpendTheSameBudgetCountingEveryEvaluation() {
        AtomicLong memeticCalls = new AtomicLong();
        AtomicLong plainCalls = new AtomicLong();
        PolicyFitness replay = PolicyFitness.replay(OVERLOAD, 1);

        List<GenerationResult> memetic = run(LocalSearch.of(2, 6), p -> {
            memeticCalls.incrementAndGet();
            return replay.score(p);
        }, 90);
        List<GenerationResult> plain = run(LocalSearch.none(), p -> {
            plainCalls.incrementAndGet();
            return replay.score(p);
        }, 90);

        GenerationResult memeticLast = memetic.getLast();
        GenerationResult plainLast = plain.getLast();
        assertThat(memeticCalls.get()).isEqualTo(memeticLast.evaluations()).isEqualTo(90);
        assertThat(plainCalls.get()).isEqualTo(plainLast.evaluations()).isEqualTo(90);
        assertThat(memeticLast.localSearchEvaluations()).isPositive();
        assertThat(plainLast.localSearchEvaluations()).isZero();
        assertThat(memeticLast.budgetExhausted()).isTrue();
        assertThat(memetic).allSatisfy(r -> assertThat(r.evaluations()).isLessThanOrEqualTo(90));
        double defaults = replay.score(GuardPolicy.defaults());
        assertThat(memeticLast.bestFitness()).isGreaterThanOrEqualTo(defaults);
        assertThat(plainLast.bestFitness()).isGreaterThanOrEqualTo(defaults);
    }

    @Test
    void theBudgetHoldsEvenWhenItEndsInsideAGeneration() {
        AtomicLong calls = new AtomicLong();
        List<GenerationResult> results = run(LocalSearch.of(3, 10), p -> {
            calls.incrementAndGet();
            return -GuardParameters.read(p, Parameter.TIMEOUT);
        }, 17);
        assertThat(calls.get()).isEqualTo(17);
        assertThat(results.getLast().evaluations()).isEqualTo(17);
        assertThat(results.getLast().budgetExhausted()).isTrue();
    }

    @Test
    void thePatternSearchSpendsTheSameBudgetAndClimbsToo() {
        AtomicLong calls = new AtomicLong();
        PolicyFitness replay = PolicyFitness.replay(OVERLOAD, 1);
        List<GenerationResult> results = run(LocalSearch.of(2, 6).withMethod(LocalSearch.Method.PATTERN), p -> {
            calls.incrementAndGet();
            return replay.score(p);
        }, 60);
        assertThat(calls.get()).isEqualTo(results.getLast().evaluations()).isEqualTo(60);
        assertThat(results.getLast().localSearchEvaluations()).isPositive();
        assertThat(results.getLast().bestFitness()).isGreaterThanOrEqualTo(replay.score(GuardPolicy.defaults()));
    }

    @Test
    void everyCandidateTheSearchTriesLiesInsideTheSpace() {
        PolicySpace narrow = PolicySpace.empty()
                .with(Parameter.RETRY_MAX_ATTEMPTS, 2, 3)
                .with(Parameter.FAILURE_RATE_THRESHOLD, 40.0, 60.0);
        PolicyCodec codec = PolicyCodec.of(narrow, ComponentPolicy.defaults());
        ParameterRange attempts = narrow.range(Parameter.RETRY_MAX_ATTEMPTS).orElseThrow();
        ParameterRange threshold = narrow.range(Parameter.FAILURE_RATE_THRESHOLD).orElseThrow();
        AtomicLong outside = new AtomicLong();
        PolicyFitness pushesUpwards = p -> {
            double a = GuardParameters.read(p, Parameter.RETRY_MAX_ATTEMPTS);
            double t = GuardParameters.read(p, Parameter.FAILURE_RATE_THRESHOLD);
            if (!attempts.contains(a) || !threshold.contains(t)) {
                outside.incrementAndGet();
            }
            return a + t;
        };
        GenerationResult best = PolicyOptimizer.builder(codec, pushesUpwards)
                .populationSize(6).evaluationBudget(150).localSearch(LocalSearch.of(2, 20)).randomSeed(9).build()
                .stream(GuardPolicy.defaults())
                .collect(GenerationResult.toBest()).orElseThrow();
        assertThat(outside.get()).isZero();
        assertThat(best.bestPolicy().guard().retry().maxAttempts()).isEqualTo(3);
        assertThat(best.bestPolicy().guard().breaker().failureRateThreshold()).isBetween(59f, 60f);
    }

    @Test
    void limitsStopTheRunAndTheSameSeedsRepeatIt() {
        PolicyOptimizer optimizer = PolicyOptimizer.builder(CODEC, PolicyFitness.replay(OVERLOAD, 1))
                .populationSize(6).evaluationBudget(10_000).randomSeed(4).build();
        List<GenerationResult> first = optimizer.stream(GuardPolicy.defaults())
                .takeWhile(RunLimits.byGenerations(3)).toList();
        List<GenerationResult> second = optimizer.stream(GuardPolicy.defaults())
                .takeWhile(RunLimits.byGenerations(3)).toList();
        assertThat(first).hasSize(3).isEqualTo(second);
        assertThat(first).extracting(GenerationResult::generation).containsExactly(1L, 2L, 3L);
        assertThat(first).extracting(GenerationResult::bestFitness).isSorted();
    }

    @Test
    void theSearchSweepsRetryAttemptsOutOfALocalOptimum() {
        PolicySpace space = PolicySpace.empty()
                .with(Parameter.RETRY_MAX_ATTEMPTS, 1, 5)
                .with(Parameter.FAILURE_RATE_THRESHOLD, 40.0, 60.0);
        PolicyCodec codec = PolicyCodec.of(space, ComponentPolicy.defaults());
        PolicyFitness plateaus = p -> switch ((int) GuardParameters.read(p, Parameter.RETRY_MAX_ATTEMPTS)) {
            case 2 -> 10;
            case 5 -> 5;
            default -> 0;
        };
        GuardPolicy five = GuardPolicy.defaults().withRetry(GuardPolicy.defaults().retry().withMaxAttempts(5));
        int plainFound = 0;
        for (long seed = 1; seed <= 10; seed++) {
            GenerationResult swept = PolicyOptimizer.builder(codec, plateaus)
                    .populationSize(4).evaluationBudget(12).localSearch(LocalSearch.of(1, 8)).randomSeed(seed).build()
                    .stream(five).collect(GenerationResult.toBest()).orElseThrow();
            assertThat(swept.bestFitness()).as("seed %d", seed).isEqualTo(10);
            assertThat(swept.bestPolicy().guard().retry().maxAttempts()).isEqualTo(2);
            assertThat(swept.localSearchEvaluations()).isPositive();
            GenerationResult plain = PolicyOptimizer.builder(codec, plateaus)
                    .populationSize(4).evaluationBudget(12).localSearch(LocalSearch.none()).randomSeed(seed).build()
                    .stream(five).collect(GenerationResult.toBest()).orElseThrow();
            plainFound += plain.bestFitness() == 10 ? 1 : 0;
        }
        assertThat(plainFound).as("plain runs that found two attempts by sampling alone").isLessThan(10);
        assertThat(LocalSearch.defaults().sweptValues()).isEqualTo(LocalSearch.DEFAULT_SWEPT_VALUES);
        assertThat(LocalSearch.none().sweptValues()).isZero();
    }

    @Test
    void aSweptRunRepeatsForTheSameSeedsAndKeepsToTheBudget() {
        PolicyOptimizer optimizer = PolicyOptimizer.builder(CODEC, PolicyFitness.replay(OVERLOAD, 1))
                .populationSize(8).evaluationBudget(70).localSearch(LocalSearch.defaults()).randomSeed(6).build();
        List<GenerationResult> first = optimizer.stream(GuardPolicy.defaults()).toList();
        List<GenerationResult> second = optimizer.stream(GuardPolicy.defaults()).toList();
        assertThat(first).isEqualTo(second);
        assertThat(first.getLast().evaluations()).isEqualTo(70);
        assertThat(first.getLast().localSearchEvaluations()).isPositive();
    }

    @Test
    void theLocalSearchStartsRightAfterTheStartPopulationIsEvaluated() {
        AtomicLong calls = new AtomicLong();
        PolicyFitness replay = PolicyFitness.replay(OVERLOAD, 1);
        List<GenerationResult> results = PolicyOptimizer.builder(CODEC, p -> {
                    calls.incrementAndGet();
                    return replay.score(p);
                })
                .populationSize(16).evaluationBudget(20).localSearch(LocalSearch.defaults()).randomSeed(2).build()
                .stream(GuardPolicy.defaults()).toList();
        // 16 for the start population, the other 4 by the local search before any breeding
        assertThat(results).hasSize(1);
        assertThat(calls.get()).isEqualTo(20);
        assertThat(results.getFirst().localSearchEvaluations()).isEqualTo(4);
        assertThat(results.getFirst().bestFitness()).isGreaterThanOrEqualTo(replay.score(GuardPolicy.defaults()));
    }

    @Test
    void theBestFoundBeforeTheFirstBreedingCountsEvenIfItDiesOut() {
        PolicyFitness replay = PolicyFitness.replay(OVERLOAD, 1);
        double[] best = {Double.NEGATIVE_INFINITY};
        List<GenerationResult> results = PolicyOptimizer.builder(CODEC, p -> {
                    double f = replay.score(p);
                    best[0] = Math.max(best[0], f);
                    return f;
                })
                .populationSize(8).evaluationBudget(60).localSearch(LocalSearch.defaults()).randomSeed(5).build()
                .stream(GuardPolicy.defaults()).toList();
        assertThat(results.getLast().bestFitness()).isEqualTo(best[0]);
    }
}
