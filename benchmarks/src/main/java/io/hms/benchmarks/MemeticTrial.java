package io.hms.benchmarks;

import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.benchmarks.trial.OperatorTrial;
import io.hms.benchmarks.trial.TrialConfiguration;
import io.hms.benchmarks.trial.TrialReport;
import io.hms.benchmarks.trial.TrialWorkload;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.GenerationResult;
import io.hms.ga.search.LocalSearch;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyFitness;
import io.hms.ga.search.PolicyOptimizer;
import io.hms.ga.workload.RecordedTraces;
import io.hms.ga.workload.SyntheticWorkloads;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The memetic GA against the plain GA on an overload trace, COCO-style, with {@link OperatorTrial}: the
 * same population, operators, evaluation budget and seeds; the memetic one adds the default
 * {@link LocalSearch}. The target closes a fraction of the gap between the start policy's fitness (the
 * guard's defaults, {@link GuardPolicy#defaults()}) and the best fitness known, which is the best either
 * configuration finds in reference runs of four times the budget on other seeds. Goal: the memetic ERT at most
 * half the plain one, its success rate not lower.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.hms.benchmarks.MemeticTrial [runs] [budget] [gaps] [firstSeed] [trace]</pre>
 *
 * Defaults: 20 runs per configuration, a budget of 400 evaluations, one trial per target at 90, 97 and 99 %
 * of the gap ({@code 0.9,0.97,0.99}), run seeds counting up from 1 (another first seed checks that a result
 * holds on other seeds; the best known stays on seeds 1001–1003), and the synthetic overload trace
 * ({@code synthetic}: {@code SyntheticWorkloads.overload(5)}); a trace recorded from a live dependency is named
 * as {@link RecordedTraces#load} names it, such as {@code overload-train}.
 */
public final class MemeticTrial {

    private static final int POPULATION = 16;
    private static final String SYNTHETIC = "synthetic";

    private MemeticTrial() {
    }

    /** Runs the trial and prints the table. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long budget = args.length > 1 ? Long.parseLong(args[1]) : 400;
        double[] gaps = Arrays.stream((args.length > 2 ? args[2] : "0.9,0.97,0.99").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        long firstSeed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        String trace = args.length > 4 ? args[4] : SYNTHETIC;
        DependencyModel model = DependencyModel.fromTrace(
                trace.equals(SYNTHETIC) ? SyntheticWorkloads.overload(5L) : RecordedTraces.load(trace));
        PolicyCodec codec = PolicyCodec.of(PolicySpace.defaults(), ComponentPolicy.defaults());
        PolicyFitness fitness = PolicyFitness.replay(TraceReplay.of(model), 1, 2);
        GuardPolicy start = GuardPolicy.defaults();
        TrialConfiguration plain = new TrialConfiguration("plain",
                b -> b.populationSize(POPULATION).localSearch(LocalSearch.none()));
        TrialConfiguration memetic = new TrialConfiguration("memetic",
                b -> b.populationSize(POPULATION).localSearch(LocalSearch.defaults()));

        long t0 = System.nanoTime();
        double startFitness = fitness.score(start);
        double best = Math.max(bestKnown(codec, fitness, start, plain.setup(), budget * 4),
                bestKnown(codec, fitness, start, memetic.setup(), budget * 4));
        System.out.printf(Locale.ROOT, "%s trace, %s; replay seeds 1, 2; population %d; run seeds %d-%d%n",
                trace.equals(SYNTHETIC) ? "synthetic overload (seed 5)" : "recorded " + trace, model, POPULATION,
                firstSeed, firstSeed + runs - 1);
        System.out.printf(Locale.ROOT, "start fitness %.4f (GuardPolicy.defaults()), best known %.4f%n",
                startFitness, best);
        for (double gap : gaps) {
            double target = startFitness + gap * (best - startFitness);
            System.out.printf(Locale.ROOT, "%ntarget %.4f: %.0f %% of the gap from the start to the best known%n",
                    target, 100 * gap);
            TrialReport report = OperatorTrial.builder(plain, memetic)
                    .workload(new TrialWorkload(trace, codec, fitness, start, target))
                    .runs(runs).evaluationBudget(budget).firstSeed(firstSeed)
                    .build().run();
            System.out.print(report.format());
            boolean met = report.ertRatio() <= 0.5
                    && report.candidate().successRate() >= report.baseline().successRate();
            System.out.printf(Locale.ROOT, "goal (ERT ratio <= 0.5, success rate not lower): %s%n",
                    met ? "met" : "not met");
        }
        System.out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The best fitness of three long runs of a configuration, on seeds the trial does not use. */
    private static double bestKnown(PolicyCodec codec, PolicyFitness fitness, GuardPolicy start,
                                    UnaryOperator<PolicyOptimizer.Builder> setup, long budget) {
        double best = Double.NEGATIVE_INFINITY;
        for (long seed = 1001; seed <= 1003; seed++) {
            PolicyOptimizer optimizer = setup.apply(PolicyOptimizer.builder(codec, fitness))
                    .evaluationBudget(budget).randomSeed(seed).build();
            best = Math.max(best, optimizer.stream(start).collect(GenerationResult.toBest()).orElseThrow().bestFitness());
        }
        return best;
    }
}
