package io.hms.benchmarks.trial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an {@link OperatorTrial} found: every run, the COCO summaries of both configurations (over all
 * workloads and per workload), the ratio of their average runtimes to the target, and the rank-sum test of
 * their runtimes.
 *
 * <pre>{@code
 * TrialReport report = trial.run();
 * System.out.println(report.format());
 * boolean halved = report.ertRatio() <= 0.5 && report.candidate().successRate() >= report.baseline().successRate();
 * }</pre>
 *
 * @param baselineName  the baseline configuration's name
 * @param candidateName the candidate configuration's name
 * @param budget        the evaluation budget of every run
 * @param runs          every run, baseline first, in workload and seed order
 * @param rankSum       the rank-sum test of the candidate's runtimes against the baseline's (failed runs
 *                      rank as +infinity: after every success, tied with each other); a negative
 *                      {@code z} means the candidate tends to need fewer evaluations
 */
public record TrialReport(String baselineName, String candidateName, long budget, List<TrialRun> runs,
                          RankSum rankSum) {

    /** Copies the runs. */
    public TrialReport {
        runs = List.copyOf(runs);
    }

    /** The baseline's summary over all workloads. */
    public TrialSummary baseline() {
        return summary(baselineName, null);
    }

    /** The candidate's summary over all workloads. */
    public TrialSummary candidate() {
        return summary(candidateName, null);
    }

    /** The summary of {@code configuration} on {@code workload}, or over all workloads when it is null. */
    public TrialSummary summary(String configuration, String workload) {
        List<TrialRun> selected = runs.stream()
                .filter(r -> r.configuration().equals(configuration))
                .filter(r -> workload == null || r.workload().equals(workload))
                .toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no run of configuration " + configuration + " on workload "
                    + workload + "; the trial ran " + baselineName + " and " + candidateName + " on " + workloads());
        }
        return TrialSummary.of(configuration, selected);
    }

    /** The workloads' names, in run order. */
    public List<String> workloads() {
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(r -> names.add(r.workload()));
        return List.copyOf(names);
    }

    /** ERT of the candidate over ERT of the baseline; below 1 when the candidate reaches the target sooner. */
    public double ertRatio() {
        return candidate().ert() / baseline().ert();
    }

    /** A plain-text table of the summaries, the ERT ratio and the test. */
    public String format() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-14s %-10s %5s %9s %8s %12s%n", "workload", "config", "runs",
                "successes", "rate", "ERT (evals)"));
        List<String> rows = new ArrayList<>(workloads());
        rows.add(null);
        for (String workload : rows) {
            for (String config : List.of(baselineName, candidateName)) {
                TrialSummary t = summary(config, workload);
                s.append(String.format(Locale.ROOT, "%-14s %-10s %5d %9d %7.0f%% %12.1f%n",
                        workload == null ? "all" : workload, config, t.runs(), t.successes(), 100 * t.successRate(),
                        t.ert()));
            }
        }
        s.append(String.format(Locale.ROOT, "budget %d evaluations per run; ERT ratio %s/%s = %.3f%n", budget,
                candidateName, baselineName, ertRatio()));
        s.append(String.format(Locale.ROOT, "rank-sum of runtimes (failures last): U = %.1f, z = %.3f, p = %.4f%n",
                rankSum.u(), rankSum.z(), rankSum.pValue()));
        return s.toString();
    }
}
