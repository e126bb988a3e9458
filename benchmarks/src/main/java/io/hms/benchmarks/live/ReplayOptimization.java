package io.hms.benchmarks.live;

import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.ReplayResult;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.GenerationResult;
import io.hms.ga.search.LocalSearch;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyFitness;
import io.hms.ga.search.PolicyOptimizer;
import java.util.Optional;

/**
 * Today's way, as the optimize demo does it: a memetic GA ({@link PolicyOptimizer}, population 16, 320
 * evaluations, {@link LocalSearch#defaults()}, seed 7) over {@link PolicySpace#defaults()}, its fitness the
 * replay of the trace ({@code PolicyFitness.replay(TraceReplay.of(DependencyModel.fromTrace(trace)), 1, 2)}).
 * No patch when the winner scores no better than the current policy. A predicted goodput is the mean over
 * replay seeds 1 and 2 of successful calls over the model's duration.
 */
public final class ReplayOptimization implements Optimization {

    private static final long[] SEEDS = {1, 2};

    @Override
    public OptimizationOutcome optimize(CallRecords trace, ComponentPolicy current) {
        DependencyModel model = DependencyModel.fromTrace(trace);
        TraceReplay replay = TraceReplay.of(model);
        PolicyFitness fitness = PolicyFitness.replay(replay, SEEDS[0], SEEDS[1]);
        PolicyOptimizer optimizer = PolicyOptimizer.builder(PolicyCodec.of(PolicySpace.defaults(), current), fitness)
                .populationSize(16).evaluationBudget(320).localSearch(LocalSearch.defaults()).randomSeed(7).build();
        GenerationResult best = optimizer.stream(current.guard()).collect(GenerationResult.toBest()).orElseThrow();
        GuardPolicy start = current.guard();
        Optional<GuardPolicy> patch = best.bestFitness() > fitness.score(start)
                ? Optional.of(best.bestPolicy().guard()) : Optional.empty();
        GuardPolicy winner = patch.orElse(start);
        return new OptimizationOutcome(patch, winner, predicted(replay, model, winner), predicted(replay, model, start),
                predicted(replay, model, Policies.defaults()));
    }

    private static double predicted(TraceReplay replay, DependencyModel model, GuardPolicy policy) {
        double seconds = Math.max(1, model.durationNanos()) / 1e9;
        double sum = 0;
        for (long seed : SEEDS) {
            ReplayResult r = replay.replay(policy, seed);
            sum += r.successfulCalls() / seconds;
        }
        return sum / SEEDS.length;
    }
}
