package io.hms.benchmarks.live;

import io.hms.api.policy.GuardPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Optimization} decided: the guard policy it would patch in (none: the current stays), and the
 * goodput, in good calls per second, it predicts on the trace for the winner, the start (the current policy)
 * and {@code ComponentPolicy.defaults().guard()}.
 *
 * @param patch             the policy to promote, or empty to keep the current one
 * @param winner            the policy in force after the decision: the patch, or the current policy
 * @param predictedWinner   predicted goodput of {@code winner}
 * @param predictedStart    predicted goodput of the current policy
 * @param predictedDefaults predicted goodput of the default policy
 * @param verdict           the decision in one short line (proposed or kept, and why)
 */
public record OptimizationOutcome(Optional<GuardPolicy> patch, GuardPolicy winner, double predictedWinner,
                                  double predictedStart, double predictedDefaults, String verdict) {

    /** Checks that the parts are there. */
    public OptimizationOutcome {
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(verdict, "verdict");
    }
}
