package io.hms.benchmarks.trial;

import io.hms.api.policy.GuardPolicy;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyFitness;
import java.util.Objects;

/**
 * One problem of an {@link OperatorTrial}: what to optimize, from where, and the fitness a run must reach
 * to count as a success.
 *
 * <pre>{@code
 * TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.overload(5L)));
 * TrialWorkload overload = new TrialWorkload("overload", codec, PolicyFitness.replay(replay, 1, 2),
 *         GuardPolicy.defaults(), 0.80);
 * }</pre>
 *
 * @param name    how the report names it
 * @param codec   the policy space and base policy
 * @param fitness the fitness, deterministic
 * @param start   the policy that seeds every run's population
 * @param target  the fitness a run must reach (at least) to succeed
 */
public record TrialWorkload(String name, PolicyCodec codec, PolicyFitness fitness, GuardPolicy start,
                            double target) {

    /** Validates the fields. */
    public TrialWorkload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(fitness, "fitness");
        Objects.requireNonNull(start, "start");
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("the target of workload " + name + " must be finite, got " + target);
        }
    }
}
