package io.hms.ga;

import io.hms.api.event.GenerationEvaluated;
import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.OptimizerContext;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.GenerationResult;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyFitness;
import io.hms.ga.search.PolicyOptimizer;
import io.hms.ga.search.RunLimits;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

/**
 * One optimization of one component's guard policy: model the dependency from its trace, search the
 * component's policy space from the current policy (publishing {@link GenerationEvaluated} per
 * generation), and keep the winner when it beats the current policy by the margin. With
 * {@link OptimizerAgentOptions#paretoFront()} the search is NSGA-II and the winner the front's member the
 * replay's weights prefer ({@link ParetoTuning}).
 */
final class GuardTuning {

    private GuardTuning() {
    }

    /** A guard policy that beat the current one, and why it is proposed. */
    record GuardWinner(GuardPolicy guard, String reason) {
    }

    /**
     * Runs the search; {@code proceed} is checked after every generation (leadership, closing).
     *
     * @return the winner, or empty when the trace is too short or nothing beat the current policy
     */
    static Optional<GuardWinner> tune(OptimizerContext context, VersionedPolicy current,
                                      OptimizerAgentOptions options, BooleanSupplier proceed) {
        String component = current.component();
        CallRecords calls = context.trace(component);
        if (calls.calls() < options.minTraceCalls()) {
            return Optional.empty();
        }
        PolicyCodec codec = PolicyCodec.of(context.policySpace(component), current.policy());
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(calls));
        long[] seeds = LongStream.rangeClosed(1, options.replaySeeds()).toArray();
        if (options.paretoFront()) {
            Optional<ParetoTuning.Pick> pick = ParetoTuning.search(context, component, codec, replay, seeds,
                    current.policy().guard(), options, proceed);
            if (pick.isEmpty() || !proceed.getAsBoolean()) {
                return Optional.empty();
            }
            ParetoTuning.Pick p = pick.get();
            if (p.score() < p.baseline() + options.improvementMargin() || p.guard().equals(current.policy().guard())) {
                return Optional.empty();
            }
            return Optional.of(new GuardWinner(p.guard(), String.format(Locale.ROOT,
                    "guard: NSGA-II front pick by score weights %.4f -> %.4f after %d generations, %d evaluations",
                    p.baseline(), p.score(), p.generations(), p.evaluations())));
        }
        PolicyFitness fitness = PolicyFitness.replay(replay, seeds);
        PolicyOptimizer optimizer = PolicyOptimizer.builder(codec, fitness)
                .populationSize(options.populationSize())
                .evaluationBudget(options.evaluationBudget())
                .localSearch(options.localSearch())
                .randomSeed(options.randomSeed())
                .build();
        Optional<GenerationResult> best = optimizer.stream(current.policy().guard())
                .takeWhile(RunLimits.whileTrue(proceed)) // first: its pause counts against the deadline
                .takeWhile(RunLimits.byDeadline(context::nanoTime, options.maxRunTime()))
                .peek(r -> context.publish(new GenerationEvaluated(context.now(), component, r.generation(),
                        r.bestFitness(), r.meanFitness(), r.evaluations())))
                .collect(GenerationResult.toBest());
        if (best.isEmpty() || !proceed.getAsBoolean()) {
            return Optional.empty();
        }
        GenerationResult winner = best.get();
        GuardPolicy guard = winner.bestPolicy().guard();
        double baseline = fitness.score(current.policy().guard());
        if (winner.bestFitness() < baseline + options.improvementMargin() || guard.equals(current.policy().guard())) {
            return Optional.empty();
        }
        return Optional.of(new GuardWinner(guard, String.format(Locale.ROOT,
                "guard: trace replay score %.4f -> %.4f after %d generations, %d evaluations",
                baseline, winner.bestFitness(), winner.generation(), winner.evaluations())));
    }
}
