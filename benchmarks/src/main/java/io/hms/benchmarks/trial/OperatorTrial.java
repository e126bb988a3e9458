package io.hms.benchmarks.trial;

import io.hms.ga.search.PolicyFitness;
import io.hms.ga.search.PolicyOptimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An A/B trial of two GA operator configurations, COCO-style: both run on the same workloads with the
 * same evaluation budget and the same random seeds, and the report gives, per configuration, the average
 * runtime to the target (ERT: evaluations summed over all runs, a failed run counted at the budget,
 * divided by the successful runs), the success rate, and a Mann–Whitney rank-sum test of the runtimes
 * ({@link TrialReport}, {@link TrialSummary}, {@link RankSum}).
 *
 * <pre>{@code
 * TrialReport report = OperatorTrial.builder(
 *                 new TrialConfiguration("plain", b -> b.populationSize(16).localSearch(LocalSearch.none())),
 *                 new TrialConfiguration("memetic", b -> b.populationSize(16).localSearch(LocalSearch.defaults())))
 *         .workload(overload).runs(15).evaluationBudget(400)
 *         .build().run();
 * System.out.print(report.format());
 * }</pre>
 *
 * <p>A run's runtime is the number of evaluations up to and including the first whose fitness reaches the
 * workload's target, counted at the fitness function, so a memetic and a plain run are measured alike; the
 * run stops after the generation that hit it. Runs of configuration {@code c} on workload {@code w} use
 * seeds {@code firstSeed, firstSeed + 1, …}. Deterministic: the same trial gives the same report.
 * Immutable and thread-safe; {@link #run} runs on the calling thread.
 */
public final class OperatorTrial {

    private final TrialConfiguration baseline;
    private final TrialConfiguration candidate;
    private final List<TrialWorkload> workloads;
    private final int runs;
    private final long budget;
    private final long firstSeed;
    private final Consumer<TrialRun> listener;

    private OperatorTrial(Builder b) {
        this.baseline = b.baseline;
        this.candidate = b.candidate;
        this.workloads = List.copyOf(b.workloads);
        this.runs = b.runs;
        this.budget = b.budget;
        this.firstSeed = b.firstSeed;
        this.listener = b.listener;
    }

    /** A builder comparing {@code candidate} against {@code baseline}. */
    public static Builder builder(TrialConfiguration baseline, TrialConfiguration candidate) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(candidate, "candidate");
        if (baseline.name().equals(candidate.name())) {
            throw new IllegalArgumentException("both configurations are named " + baseline.name()
                    + "; give them different names");
        }
        return new Builder(baseline, candidate);
    }

    /** Runs every configuration on every workload {@code runs} times and reports. */
    public TrialReport run() {
        List<TrialRun> all = new ArrayList<>();
        List<Double> baselineTimes = new ArrayList<>();
        List<Double> candidateTimes = new ArrayList<>();
        for (TrialConfiguration config : List.of(baseline, candidate)) {
            for (TrialWorkload workload : workloads) {
                for (int i = 0; i < runs; i++) {
                    TrialRun run = runOnce(config, workload, firstSeed + i);
                    all.add(run);
                    (config == baseline ? baselineTimes : candidateTimes).add(run.rankedRuntime());
                    listener.accept(run);
                }
            }
        }
        RankSum test = RankSum.test(candidateTimes.stream().mapToDouble(Double::doubleValue).toArray(),
                baselineTimes.stream().mapToDouble(Double::doubleValue).toArray());
        return new TrialReport(baseline.name(), candidate.name(), budget, all, test);
    }

    private TrialRun runOnce(TrialConfiguration config, TrialWorkload workload, long seed) {
        long[] counted = new long[1];
        long[] hitAt = {-1};
        double[] best = {Double.NEGATIVE_INFINITY};
        PolicyFitness measured = policy -> {
            double f = workload.fitness().score(policy);
            counted[0]++;
            best[0] = Math.max(best[0], f);
            if (hitAt[0] < 0 && f >= workload.target()) {
                hitAt[0] = counted[0];
            }
            return f;
        };
        PolicyOptimizer optimizer = config.setup().apply(PolicyOptimizer.builder(workload.codec(), measured))
                .evaluationBudget(budget)
                .randomSeed(seed)
                .build();
        optimizer.stream(workload.start()).takeWhile(r -> hitAt[0] < 0).forEach(r -> { });
        boolean success = hitAt[0] > 0;
        return new TrialRun(config.name(), workload.name(), seed, success, success ? hitAt[0] : budget, best[0]);
    }

    /** Configures an {@link OperatorTrial}; validates each argument at once. Not thread-safe. */
    public static final class Builder {

        private final TrialConfiguration baseline;
        private final TrialConfiguration candidate;
        private final List<TrialWorkload> workloads = new ArrayList<>();
        private int runs = 15;
        private long budget = 400;
        private long firstSeed = 1;
        private Consumer<TrialRun> listener = r -> { };

        private Builder(TrialConfiguration baseline, TrialConfiguration candidate) {
            this.baseline = baseline;
            this.candidate = candidate;
        }

        /** Adds a workload; at least one is needed. */
        public Builder workload(TrialWorkload workload) {
            workloads.add(Objects.requireNonNull(workload, "workload"));
            return this;
        }

        /** Runs per configuration and workload, at least 1; 15 by default. */
        public Builder runs(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("runs must be at least 1, got " + count);
            }
            this.runs = count;
            return this;
        }

        /** The evaluation budget of every run, at least 1; 400 by default. */
        public Builder evaluationBudget(long evaluations) {
            if (evaluations < 1) {
                throw new IllegalArgumentException("evaluationBudget must be at least 1, got " + evaluations);
            }
            this.budget = evaluations;
            return this;
        }

        /** The seed of each workload's first run; the next runs count up from it. 1 by default. */
        public Builder firstSeed(long seed) {
            this.firstSeed = seed;
            return this;
        }

        /** Told of every run as it ends, e.g. to print progress. */
        public Builder onRun(Consumer<TrialRun> runListener) {
            this.listener = Objects.requireNonNull(runListener, "onRun");
            return this;
        }

        /**
         * The trial.
         *
         * @throws IllegalStateException if no workload was added
         */
        public OperatorTrial build() {
            if (workloads.isEmpty()) {
                throw new IllegalStateException("an operator trial needs a workload; add one with workload(...)");
            }
            return new OperatorTrial(this);
        }
    }
}
