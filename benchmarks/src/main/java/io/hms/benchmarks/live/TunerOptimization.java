package io.hms.benchmarks.live;

import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.GuardTuner;
import io.hms.ga.OptimizerAgentOptions;
import io.hms.ga.TuningVerdict;
import java.util.Optional;

/**
 * What the optimizer agent runs, with its defaults: {@link GuardTuner} over {@link PolicySpace#defaults()}
 * with {@link OptimizerAgentOptions#defaults()} (plausible models, the timeout margin, and a patch only when
 * the lower confidence bound of the gain clears the margin). The predicted goodputs are the tuner's: the
 * mean over its models and seeds.
 */
public final class TunerOptimization implements Optimization {

    @Override
    public OptimizationOutcome optimize(CallRecords trace, ComponentPolicy current) {
        TuningVerdict verdict = GuardTuner.of(OptimizerAgentOptions.defaults()).tune(trace, current,
                PolicySpace.defaults());
        GuardPolicy start = current.guard();
        Optional<GuardPolicy> patch = verdict.proposed() ? Optional.of(verdict.candidate()) : Optional.empty();
        GuardPolicy winner = patch.orElse(start);
        return new OptimizationOutcome(patch, winner, verdict.predictedGoodput(winner),
                verdict.predictedGoodput(start), verdict.predictedGoodput(Policies.defaults()));
    }
}
