package io.hms.examples.chaos;

import io.hms.core.chaos.experiment.Experiment;
import io.hms.core.chaos.experiment.ExperimentReport;
import io.hms.core.chaos.metrics.ChaosMetrics;
import io.hms.core.chaos.metrics.Distribution;
import io.hms.core.metrics.OptimizerConvergence;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs every experiment of the {@link ChaosCatalogue} N times, the in-process ones against a live
 * {@link ChaosHost} and the Raft ones against the leader of a {@link ClusterChaosHost}, and prints a
 * table of pass/fail, detection and recovery distributions, a table of what the rest of the cluster saw
 * under the Raft faults (new leader, commits again, caught up after the revert), then the meta-metrics
 * (monitor false-positive rate, repair success by level, the optimizer's convergence speed).
 *
 * <pre>mvn -B -ntp -pl hms-api,hms-core,hms-examples -am verify -Pchaos-report -DskipTests -Dchaos.runs=20 \
 *     -Dchaos.quietSeconds=600</pre>
 *
 * Exits 1 if any run did not pass.
 */
public final class ChaosReport {

    private final PrintStream out;

    /** @param out where the table goes */
    public ChaosReport(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the report. Arguments: the number of runs per experiment (5 by default), and the seconds of a
     * quiet run without faults before the experiments, to count the monitor's false alarms (0 by default).
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int quietSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        boolean allPassed = new ChaosReport(System.out).run(runs, Duration.ofSeconds(quietSeconds));
        System.exit(allPassed ? 0 : 1);
    }

    /**
     * Lets the host run {@code quiet} without faults (counting the monitor's alarms: all false
     * positives), then runs every experiment {@code runs} times and prints the table.
     *
     * @return whether every run passed and the quiet run raised no alarm
     */
    public boolean run(int runs, Duration quiet) throws Exception {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        Map<String, List<ExperimentReport>> byExperiment = new LinkedHashMap<>();
        ChaosMetrics.Snapshot meta;
        long quietAlarms = 0;
        long started = System.nanoTime();
        try (ChaosHost host = ChaosHost.start()) {
            out.printf(Locale.ROOT, "HMS chaos report: %d runs of each experiment against the checkout host "
                    + "(health checks every 100 ms, %d cores)%n%n", runs, Runtime.getRuntime().availableProcessors());
            if (!quiet.isZero()) {
                Thread.sleep(quiet.toMillis()); // the quiet run itself: traffic, checks, no fault
                quietAlarms = host.hms().chaosMetrics().snapshot().alarms();
                out.printf(Locale.ROOT, "Quiet run: %d s of traffic without faults, %d monitor alarms "
                        + "(false positives)%n%n", quiet.toSeconds(), quietAlarms);
            }
            for (int i = 0; i < runs; i++) {
                for (Experiment experiment : ChaosCatalogue.all(host.orderPool())) {
                    ExperimentReport report = host.hms().experiments().run(experiment).get(60, TimeUnit.SECONDS);
                    byExperiment.computeIfAbsent(experiment.name(), k -> new ArrayList<>()).add(report);
                    if (!report.passed()) {
                        out.println(report.summary());
                    }
                }
            }
            meta = host.hms().chaosMetrics().snapshot();
        }
        Map<String, List<ClusterFigures>> byClusterExperiment = new LinkedHashMap<>();
        try (ClusterChaosHost cluster = ClusterChaosHost.start()) {
            for (int i = 0; i < runs; i++) {
                for (Experiment experiment : ChaosCatalogue.cluster()) {
                    ClusterFigures run = cluster.runOnLeader(experiment);
                    byExperiment.computeIfAbsent(experiment.name(), k -> new ArrayList<>()).add(run.report());
                    byClusterExperiment.computeIfAbsent(experiment.name(), k -> new ArrayList<>()).add(run);
                    if (!run.report().passed()) {
                        out.println(run.report().summary());
                    }
                }
            }
        }
        printTable(byExperiment);
        printClusterTable(byClusterExperiment);
        printMeta(meta);
        out.printf(Locale.ROOT, "%nTotal time %.1f s%n", (System.nanoTime() - started) / 1e9);
        return quietAlarms == 0
                && byExperiment.values().stream().flatMap(List::stream).allMatch(ExperimentReport::passed);
    }

    private void printTable(Map<String, List<ExperimentReport>> byExperiment) {
        out.println("| experiment | fault | passed | detection p50 / p95 / max (ms) | recovery p50 / p95 / max (ms) "
                + "| incident MTTR p50 / p95 (ms) | fault active max (ms) | lost calls |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, List<ExperimentReport>> e : byExperiment.entrySet()) {
            List<ExperimentReport> reports = e.getValue();
            long passed = reports.stream().filter(ExperimentReport::passed).count();
            Distribution detection = Distribution.of(present(reports.stream().map(r -> r.figures().detection()).toList()));
            Distribution recovery = Distribution.of(present(reports.stream().map(r -> r.figures().recovery()).toList()));
            Distribution mttr = Distribution.of(present(reports.stream().map(r -> r.figures().incidentMttr()).toList()));
            Distribution active = Distribution.of(present(reports.stream().map(r -> r.figures().faultActive()).toList()));
            long lost = reports.stream().mapToLong(r -> r.figures().lostCalls()).sum();
            out.printf(Locale.ROOT, "| %s | %s | %d/%d | %s | %s | %s | %s | %d |%n", e.getKey(),
                    reports.get(0).experiment().fault().kind().tag(), passed, reports.size(), three(detection),
                    three(recovery), mttr.count() == 0 ? "–" : ms(mttr.p50()) + " / " + ms(mttr.p95()), ms(active.max()), lost);
        }
    }

    private void printClusterTable(Map<String, List<ClusterFigures>> byExperiment) {
        out.printf(Locale.ROOT, "%nRaft faults on the leader of a %d-node cluster in one JVM (election timeout "
                + "600 ms), as the other nodes saw them:%n%n", ClusterChaosHost.NODES);
        out.println("| experiment | new leader after p50 / p95 / max (ms) | commits again after p50 / p95 / max (ms) "
                + "| caught up after revert p50 / p95 / max (ms) |");
        out.println("|---|---:|---:|---:|");
        for (Map.Entry<String, List<ClusterFigures>> e : byExperiment.entrySet()) {
            List<ClusterFigures> runs = e.getValue();
            out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", e.getKey(),
                    three(Distribution.of(present(runs.stream().map(ClusterFigures::newLeader).toList()))),
                    three(Distribution.of(present(runs.stream().map(ClusterFigures::commitsAgain).toList()))),
                    three(Distribution.of(present(runs.stream().map(ClusterFigures::caughtUp).toList()))));
        }
    }

    private void printMeta(ChaosMetrics.Snapshot meta) {
        out.printf(Locale.ROOT, "%nMonitor alarms: %d, of which %d while no fault was injected "
                + "(false-positive rate %.1f %%)%n", meta.alarms(), meta.falseAlarms(), meta.falsePositiveRate() * 100);
        meta.repairSuccess().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.printf(
                Locale.ROOT, "Repair success, level %d: %.0f %%%n", e.getKey(), e.getValue() * 100));
        List<OptimizerConvergence.Run> runs = meta.optimizerRuns();
        if (runs.isEmpty()) {
            out.println("Optimizer convergence: no optimizer run during the report");
            return;
        }
        long[] evaluations = runs.stream().mapToLong(OptimizerConvergence.Run::evaluationsToConverge).sorted().toArray();
        out.printf(Locale.ROOT, "Optimizer convergence: %d runs; evaluations until within 1 %% of a run's final "
                + "improvement p50 %d, max %d%n", runs.size(), evaluations[(evaluations.length - 1) / 2],
                evaluations[evaluations.length - 1]);
    }

    private static List<Duration> present(List<Optional<Duration>> values) {
        return values.stream().flatMap(Optional::stream).toList();
    }

    private static String three(Distribution d) {
        if (d.count() == 0) {
            return "– (none)";
        }
        return ms(d.p50()) + " / " + ms(d.p95()) + " / " + ms(d.max());
    }

    private static String ms(Duration d) {
        return String.format(Locale.ROOT, "%.0f", d.toNanos() / 1e6);
    }
}
