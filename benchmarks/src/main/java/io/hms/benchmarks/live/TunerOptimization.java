package io.hms.benchmarks.live;

import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.GuardTuner;
import io.hms.ga.OptimizerAgentOptions;
import io.hms.ga.TuningVerdict;
import java.util.Locale;
import java.util.Optional;

/**
 * What the optimizer agent runs, with its defaults: {@link GuardTuner} over {@link PolicySpace#defaults()}
 * with {@link OptimizerAgentOptions#defaults()} (plausible models, the timeout margin, and a patch only when
 * the lower confidence bound of the gain clears the margin). The predicted goodputs are the tuner's: the
 * mean over its models and seeds; the verdict line is {@link TuningVerdict#reason()} shortened.
 */
public final class TunerOptimization implements Optimization {

    @Override
    public OptimizationOutcome optimize(CallRecords trace, ComponentPolicy current) {
        OptimizerAgentOptions options = OptimizerAgentOptions.defaults();
        TuningVerdict verdict = GuardTuner.of(options).tune(trace, current, PolicySpace.defaults());
        GuardPolicy start = current.guard();
        Optional<GuardPolicy> patch = verdict.proposed() ? Optional.of(verdict.candidate()) : Optional.empty();
        GuardPolicy winner = patch.orElse(start);
        return new OptimizationOutcome(patch, winner, verdict.predictedGoodput(winner),
                verdict.predictedGoodput(start), verdict.predictedGoodput(Policies.defaults()),
                summary(verdict, options.improvementMargin()));
    }

    /** The tuner's reason, shortened: proposed or kept, and the lower bound of the gain against the margin. */
    static String summary(TuningVerdict verdict, double margin) {
        return String.format(Locale.ROOT, "tuner %s: lower bound of the gain %.4f %s margin %.4f",
                verdict.proposed() ? "proposed" : "kept the start", verdict.lowerBound(),
                verdict.proposed() ? ">" : "<=", margin);
    }
}
