package io.hms.ga;

import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.TraceReplay;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link GuardTuner} run found and whether its candidate is worth proposing: the candidate is
 * proposed only when it beats the current policy across the plausible models of the dependency with a
 * margin, by the lower confidence bound of the paired score differences, not by their mean.
 *
 * <pre>{@code
 * TuningVerdict verdict = GuardTuner.of(OptimizerAgentOptions.defaults()).tune(trace, current, space);
 * if (verdict.proposed()) {
 *     configurator.propose(PolicyPatch.of(component, version, current.withGuard(verdict.candidate()), "tuner", verdict.reason()));
 * }
 * verdict.predictedGoodput(ComponentPolicy.defaults().guard());   // calls per second the models expect
 * }</pre>
 *
 * @param current        the policy in force
 * @param candidate      the best policy the search found (the current one when it found nothing better)
 * @param proposed       whether the candidate cleared the bar: lower bound above the margin
 * @param currentScore   the current policy's mean score over the models, the stress models and the seeds
 * @param candidateScore the candidate's mean score over the same draws
 * @param lowerBound     the one-sided 95 % lower confidence bound of the candidate's score minus the current's
 * @param generations    generations the search ran
 * @param evaluations    fitness evaluations it spent
 * @param models         the plausible models of the dependency it judged on, the nominal one first
 * @param stressModels   the nominal model with less capacity ({@link OptimizerAgentOptions#capacityDrop()}) and with
 *                       longer outages ({@link OptimizerAgentOptions#longerTrouble()}), judged on too
 * @param seeds          the replay seeds used on every model
 * @param reason         one line a person can read
 */
public record TuningVerdict(GuardPolicy current, GuardPolicy candidate, boolean proposed, double currentScore,
                            double candidateScore, double lowerBound, long generations, long evaluations,
                            List<DependencyModel> models, List<DependencyModel> stressModels, long[] seeds,
                            String reason) {

    /** Validates and copies. */
    public TuningVerdict {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(candidate, "candidate");
        models = List.copyOf(models);
        stressModels = List.copyOf(stressModels);
        seeds = seeds.clone();
        Objects.requireNonNull(reason, "reason");
    }

    /** The seeds used on every model (a copy). */
    @Override
    public long[] seeds() {
        return seeds.clone();
    }

    /**
     * The goodput, in successful calls per second, the plausible models expect of {@code policy}: the mean over
     * {@link #models()} and seeds (what the trace showed, so the stress models are left out).
     */
    public double predictedGoodput(GuardPolicy policy) {
        double sum = 0;
        for (DependencyModel model : models) {
            TraceReplay replay = TraceReplay.of(model);
            for (long seed : seeds) {
                sum += replay.replay(policy, seed).goodputPerSecond();
            }
        }
        return sum / (models.size() * seeds.length);
    }
}
