package io.hms.benchmarks.trial;

import java.util.List;
import java.util.Objects;

/**
 * The COCO figures of a set of {@link TrialRun}s of one configuration: the expected (average) runtime to
 * the target, ERT = (evaluations summed over all runs, a failed run counting every evaluation it made, i.e.
 * the budget) / (successful runs), infinite when no run succeeded; and the success rate.
 *
 * <pre>{@code
 * TrialSummary s = TrialSummary.of("memetic", runs);
 * s.ert(); s.successRate();
 * }</pre>
 *
 * @param configuration the configuration's name
 * @param runs          how many runs
 * @param successes     how many reached the target
 * @param evaluations   the evaluations summed over all runs
 * @param ert           the average runtime to the target, in evaluations; +infinity without a success
 * @param successRate   successes / runs
 */
public record TrialSummary(String configuration, int runs, int successes, long evaluations, double ert,
                           double successRate) {

    /**
     * The summary of {@code runs}, at least one.
     *
     * @throws IllegalArgumentException if there is no run
     */
    public static TrialSummary of(String configuration, List<TrialRun> runs) {
        Objects.requireNonNull(configuration, "configuration");
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run of " + configuration + " to summarize");
        }
        long evaluations = 0;
        int successes = 0;
        for (TrialRun r : runs) {
            evaluations += r.evaluations();
            successes += r.success() ? 1 : 0;
        }
        double ert = successes == 0 ? Double.POSITIVE_INFINITY : (double) evaluations / successes;
        return new TrialSummary(configuration, runs.size(), successes, evaluations, ert,
                (double) successes / runs.size());
    }
}
