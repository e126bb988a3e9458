package io.hms.ga;

import io.hms.api.event.FrontFound;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.spi.OptimizerContext;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.Objectives;
import io.hms.ga.replay.ScoreWeights;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.ParetoGeneration;
import io.hms.ga.search.ParetoOptimizer;
import io.hms.ga.search.ParetoPolicy;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyObjectives;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The agent's multi-objective search of one component's guard policy: NSGA-II over the replay's four
 * objectives, one {@link GenerationEvaluated} per generation (by the replay's weighted score: the best member
 * seen so far in the run, and the mean of the generation's front), the last front as a {@link FrontFound}, and
 * the member the replay's weights prefer as the answer, pushed back as the memetic search's candidates are when it
 * fails more calls than {@link OptimizerAgentOptions#maxErrorRise()} allows.
 */
final class ParetoTuning {

    private ParetoTuning() {
    }

    /** The picked member's guard, its weighted score, the start's weighted score, and what the run spent. */
    record Pick(GuardPolicy guard, double score, double baseline, long generations, long evaluations) {
    }

    /** @param recordedErrorRate the share of the trace's calls that failed under {@code start} */
    static Optional<Pick> search(OptimizerContext context, String component, PolicyCodec codec, TraceReplay replay,
                                 long[] seeds, GuardPolicy start, double recordedErrorRate,
                                 OptimizerAgentOptions options, BooleanSupplier proceed) {
        DependencyModel model = replay.model();
        PolicyObjectives objectives = PolicyObjectives.replay(replay, seeds);
        ScoreWeights weights = replay.weights();
        double offered = model.calls() / (Math.max(1, model.durationNanos()) / 1e9);
        ToDoubleFunction<Objectives> score = o -> weights.score(o, offered, model.referenceLatencyNanos());
        ParetoOptimizer optimizer = ParetoOptimizer.builder(codec, objectives)
                .populationSize(options.populationSize())
                .evaluationBudget(options.evaluationBudget())
                .randomSeed(options.randomSeed())
                .build();
        long begun = context.nanoTime();
        double[] bestSoFar = {Double.NEGATIVE_INFINITY}; // the front can lose its best member to crowding
        long limit = options.maxRunTime().toNanos();
        Optional<ParetoGeneration> last = optimizer.stream(start)
                .takeWhile(g -> proceed.getAsBoolean() && context.nanoTime() - begun < limit)
                .peek(g -> {
                    double[] scores = g.front().members().stream()
                            .mapToDouble(m -> score.applyAsDouble(m.objectives())).toArray();
                    bestSoFar[0] = Math.max(bestSoFar[0], Arrays.stream(scores).max().orElse(Double.NEGATIVE_INFINITY));
                    context.publish(new GenerationEvaluated(context.now(), component, g.generation(), bestSoFar[0],
                            Arrays.stream(scores).average().orElse(Double.NaN), g.evaluations()));
                })
                .collect(ParetoGeneration.toLast());
        if (last.isEmpty() || last.get().front().isEmpty()) {
            return Optional.empty();
        }
        // as the memetic search does, a member that fails more calls than the start allows is pushed back
        double allowedErrors = Math.min(objectives.evaluate(start).errorRate(), recordedErrorRate)
                + options.maxErrorRise();
        ParetoPolicy chosen = last.get().front().pick(o -> score.applyAsDouble(o)
                - GuardTuner.ERROR_PENALTY * Math.max(0, o.errorRate() - allowedErrors)).orElseThrow();
        context.publish(new FrontFound(context.now(), component, last.get().generation(), last.get().evaluations(),
                last.get().front().members().stream().map(m -> new FrontFound.Member(m.policy().guard(),
                        m.objectives().goodputPerSecond(), m.objectives().errorRate(),
                        Duration.ofNanos(Math.round(m.objectives().p99LatencyNanos())), m.objectives().loadPerSecond(),
                        score.applyAsDouble(m.objectives()), m == chosen)).toList()));
        return Optional.of(new Pick(chosen.policy().guard(), score.applyAsDouble(chosen.objectives()),
                score.applyAsDouble(objectives.evaluate(start)), last.get().generation(), last.get().evaluations()));
    }
}
