package io.hms.benchmarks.live;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.ComponentPolicy;

/**
 * Turns a recorded trace into the guard policy to promote, with the goodput it predicts for the winner and
 * the two baselines. The harness measures whatever it returns; swapping the optimizer is a new
 * implementation and one line in {@link LiveWorkloadHarness}.
 */
public interface Optimization {

    /**
     * Optimizes {@code current} on {@code trace}.
     *
     * @param trace   the guard's attempts under {@code current}'s guard policy
     * @param current the policy in force
     * @return the winner (or no patch) and the predicted goodputs
     */
    OptimizationOutcome optimize(CallRecords trace, ComponentPolicy current);
}
