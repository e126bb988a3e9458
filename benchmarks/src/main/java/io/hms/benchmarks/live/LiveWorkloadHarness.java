package io.hms.benchmarks.live;

import io.hms.api.optimize.CallRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Does the policy the optimizer promotes serve more calls, faster, on the traffic that comes next? Per
 * shape: a trace recorded under the Resilience4j-like start policy is optimized; a proposed patch goes
 * through the configurator's canary in a phase of its own, and the policy it leaves in force (the winner),
 * the start and the defaults then run in interleaved rounds on fresh seeds, on the train variant and on a test variant with
 * another parameter. Prints a line per phase, a table per shape and the goals as PASS/FAIL; exits with 0 only
 * when every goal passes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.hms.benchmarks.live.LiveWorkloadHarness \
 *     [--phase 6s] [--rounds 3] [--shapes overload,outage,...] [--dump-traces DIR] [--seed 1]
 * </pre>
 */
public final class LiveWorkloadHarness {

    private LiveWorkloadHarness() {
    }

    /** The optimizer measured: the one line to change when it is replaced. */
    static Optimization optimization() {
        return new TunerOptimization();
    }

    /** Runs the harness the arguments describe. */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        HarnessOptions options;
        Map<Shape, CallRecords> tracesToTune;
        try {
            options = HarnessOptions.parse(args);
            tracesToTune = options.tracesToTune(); // read before any phase runs, so a missing one costs nothing
        } catch (IllegalArgumentException e) {
            System.err.println("live workload: " + e.getMessage());
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "live workload: %s phases, %d rounds a variant, shapes %s, seed %d, %s%n",
                options.phase(), options.rounds(), options.shapes().stream().map(Shape::label).toList(),
                options.seed(), Runtime.version());
        System.out.println("start policy: " + Policies.describe(Policies.start()));
        System.out.println("defaults:     " + Policies.describe(Policies.defaults()));
        ShapeMeasurement measurement = new ShapeMeasurement(options, tracesToTune, optimization(), line -> System.out.printf(
                Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - t0) / 1e9, line));
        List<ShapeRun> runs = new ArrayList<>();
        for (Shape shape : options.shapes()) {
            runs.add(measurement.measure(shape));
        }
        System.out.print(LiveReport.tables(runs));
        List<GoalCheck.Verdict> verdicts = GoalCheck.check(runs);
        System.out.print(LiveReport.verdicts(verdicts));
        boolean passed = verdicts.stream().allMatch(GoalCheck.Verdict::passed);
        System.out.printf(Locale.ROOT, "%s; total %.1f s%n", passed ? "all goals pass" : "some goals FAIL",
                (System.nanoTime() - t0) / 1e9);
        System.exit(passed ? 0 : 1);
    }
}
