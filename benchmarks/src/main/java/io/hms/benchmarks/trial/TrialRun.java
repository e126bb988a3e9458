package io.hms.benchmarks.trial;

/**
 * One run of an {@link OperatorTrial}.
 *
 * @param configuration the configuration's name
 * @param workload      the workload's name
 * @param seed          the optimizer's random seed (the same for every configuration)
 * @param success       whether the run reached the target within the budget
 * @param evaluations   its runtime: evaluations up to and including the first that reached the target, or
 *                      every evaluation it made (the budget) when it failed
 * @param bestFitness   the best fitness it found
 */
public record TrialRun(String configuration, String workload, long seed, boolean success, long evaluations,
                       double bestFitness) {

    /** The runtime as the rank-sum test ranks it: the evaluations on success, +infinity on failure. */
    public double rankedRuntime() {
        return success ? evaluations : Double.POSITIVE_INFINITY;
    }
}
