package io.hms.ga.search;

import io.hms.api.policy.ComponentPolicy;
import io.hms.ga.replay.Objectives;
import java.util.Objects;

/**
 * One member of a Pareto front: a candidate policy and its objectives.
 *
 * @param policy     the candidate, the codec's base with the candidate guard policy; inside the policy space
 * @param objectives its objectives
 */
public record ParetoPolicy(ComponentPolicy policy, Objectives objectives) {

    /** Validates the fields. */
    public ParetoPolicy {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(objectives, "objectives");
    }
}
