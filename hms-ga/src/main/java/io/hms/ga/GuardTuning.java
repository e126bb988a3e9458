package io.hms.ga;

import io.hms.api.event.CandidateJudged;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.OptimizerContext;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.GenerationResult;
import io.hms.ga.search.Migration;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.RunLimits;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/**
 * One optimization of one component's guard policy for the agent: a {@link GuardTuner} run on the
 * component's trace and space (publishing {@link GenerationEvaluated} per generation), whose winner is kept
 * only when the tuner's judgement proposes it. With {@link OptimizerAgentOptions#paretoFront()} the search
 * is NSGA-II and the candidate the front's member the replay's weights prefer ({@link ParetoTuning}),
 * judged the same way.
 */
final class GuardTuning {

    private GuardTuning() {
    }

    /** A guard policy that beat the current one, and why it is proposed. */
    record GuardWinner(GuardPolicy guard, String reason) {
    }

    /**
     * Runs the search; {@code proceed} is checked after every generation (leadership, closing). Publishes
     * the judgement of its best candidate as a {@link CandidateJudged}.
     *
     * @return the winner, or empty when the trace is too short or nothing beat the current policy by the margin
     */
    static Optional<GuardWinner> tune(OptimizerContext context, VersionedPolicy current,
                                      OptimizerAgentOptions options, BooleanSupplier proceed) {
        return tune(context, current, options, proceed, Migration.none());
    }

    /**
     * As {@link #tune(OptimizerContext, VersionedPolicy, OptimizerAgentOptions, BooleanSupplier)}, one island of a
     * cluster-wide run trading candidates through {@code migration} (the memetic search only: an NSGA-II search
     * runs alone).
     */
    static Optional<GuardWinner> tune(OptimizerContext context, VersionedPolicy current,
                                      OptimizerAgentOptions options, BooleanSupplier proceed, Migration migration) {
        String component = current.component();
        CallRecords calls = context.trace(component);
        if (calls.calls() < options.minTraceCalls()) {
            return Optional.empty();
        }
        GuardTuner tuner = GuardTuner.of(options);
        TuningVerdict verdict;
        if (options.paretoFront()) {
            List<DependencyModel> models = DependencyModel.plausibleModels(calls, options.plausibleModels(),
                    options.randomSeed());
            long[] seeds = LongStream.rangeClosed(1, options.replaySeeds()).toArray();
            PolicyCodec codec = PolicyCodec.of(context.policySpace(component), current.policy());
            Optional<ParetoTuning.Pick> pick = ParetoTuning.search(context, component, codec,
                    TraceReplay.of(models.get(0)), seeds, current.policy().guard(), GuardTuner.recordedErrorRate(calls),
                    options, proceed);
            if (pick.isEmpty() || !proceed.getAsBoolean()) {
                return Optional.empty();
            }
            verdict = tuner.judge(models, tuner.stressModels(models.get(0)), seeds, current.policy().guard(),
                    pick.get().guard(), pick.get().generations(), pick.get().evaluations(),
                    GuardTuner.recordedErrorRate(calls));
        } else {
            Predicate<GenerationResult> goOn = RunLimits.whileTrue(proceed); // first: its pause counts against the deadline
            Predicate<GenerationResult> inTime = RunLimits.byDeadline(context::nanoTime, options.maxRunTime());
            verdict = tuner.tune(calls, current.policy(), context.policySpace(component), r -> {
                if (!goOn.test(r) || !inTime.test(r)) {
                    return false;
                }
                context.publish(new GenerationEvaluated(context.now(), component, r.generation(), r.bestFitness(),
                        r.meanFitness(), r.evaluations()));
                return true;
            }, migration);
            if (!proceed.getAsBoolean()) {
                return Optional.empty();
            }
        }
        String reason = (options.paretoFront() ? "NSGA-II front pick by score weights; " : "") + verdict.reason();
        context.publish(new CandidateJudged(context.now(), component, verdict.proposed(), verdict.currentScore(),
                verdict.candidateScore(), verdict.lowerBound(), reason));
        return verdict.proposed() ? Optional.of(new GuardWinner(verdict.candidate(), reason)) : Optional.empty();
    }
}
