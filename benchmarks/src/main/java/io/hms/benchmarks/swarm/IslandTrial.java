package io.hms.benchmarks.swarm;

import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.GenerationResult;
import io.hms.ga.search.LocalSearch;
import io.hms.ga.search.Migration;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyFitness;
import io.hms.ga.search.PolicyOptimizer;
import io.hms.ga.workload.SyntheticWorkloads;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Island evolution across three instances against the leader alone, on the same total evaluation budget,
 * COCO-style. Each instance has its own trace of one dependency (the overload shape, draws 5, 6 and 7). Leader
 * alone: one memetic run on the leader's trace with the whole budget. Islands: one run per instance on its own
 * trace with a third of the budget each, trading their two best every two generations; the leader's island is
 * the pick. Both are judged on what the cluster serves: the mean replay fitness over the three instances'
 * traces (a measurement, not counted in the budget). ERT to a target (evaluations over every instance until the
 * pick reaches it, failed runs counting their whole budget, divided by the successes) at 90, 97 and 99 % of the
 * gap from the start policy to the best known; and each run's final pick on held-out draws (8 and 9) of the
 * shape.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.hms.benchmarks.swarm.IslandTrial [runs=20] [budget=600]</pre>
 */
public final class IslandTrial {

    private static final int POPULATION = 12;
    private static final double[] GAPS = {0.9, 0.97, 0.99};

    private final PolicyCodec codec = PolicyCodec.of(PolicySpace.defaults(), ComponentPolicy.defaults());
    private final List<PolicyFitness> instances = new ArrayList<>();
    private final PolicyFitness cluster;
    private final PolicyFitness heldOut;

    private IslandTrial() {
        for (long draw = 5; draw <= 7; draw++) {
            instances.add(replay(draw));
        }
        cluster = mean(instances);
        heldOut = mean(List.of(replay(8), replay(9)));
    }

    private static PolicyFitness replay(long draw) {
        return PolicyFitness.replay(TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.overload(draw))), 1, 2);
    }

    private static PolicyFitness mean(List<PolicyFitness> parts) {
        return p -> parts.stream().mapToDouble(f -> f.score(p)).average().orElseThrow();
    }

    /** Runs the trial and prints the table. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long budget = args.length > 1 ? Long.parseLong(args[1]) : 600;
        new IslandTrial().run(runs, budget);
    }

    /** The cluster fitness of the pick after each generation, with the evaluations spent so far (all instances). */
    private record Trajectory(List<long[]> evaluations, List<Double> fitness, GuardPolicy pick) {
    }

    private void run(int runs, long budget) {
        long t0 = System.nanoTime();
        GuardPolicy start = GuardPolicy.defaults();
        double startFitness = cluster.score(start);
        List<Trajectory> alone = new ArrayList<>();
        List<Trajectory> islands = new ArrayList<>();
        for (int seed = 1; seed <= runs; seed++) {
            alone.add(leaderAlone(seed, budget, start));
            islands.add(islands(seed, budget, start));
        }
        double best = Double.NEGATIVE_INFINITY;
        for (Trajectory t : alone) {
            best = Math.max(best, t.fitness.stream().mapToDouble(Double::doubleValue).max().orElse(best));
        }
        for (Trajectory t : islands) {
            best = Math.max(best, t.fitness.stream().mapToDouble(Double::doubleValue).max().orElse(best));
        }
        System.out.printf(Locale.ROOT, "3 instances, overload draws 5-7; population %d, memetic; budget %d in all "
                + "(islands: %d each, 2 best every 2 generations); run seeds 1-%d%n", POPULATION, budget, budget / 3, runs);
        System.out.printf(Locale.ROOT, "cluster fitness: start %.4f, best reached by any run %.4f%n", startFitness, best);
        System.out.printf(Locale.ROOT, "%-8s %-12s %10s %10s %10s%n", "target", "", "successes", "ERT", "ratio");
        for (double gap : GAPS) {
            double target = startFitness + gap * (best - startFitness);
            double[] a = ert(alone, target, budget);
            double[] i = ert(islands, target, budget);
            System.out.printf(Locale.ROOT, "%-8s %-12s %10s %10.0f%n", (int) (gap * 100) + " %", "leader alone",
                    (int) a[1] + "/" + runs, a[0]);
            System.out.printf(Locale.ROOT, "%-8s %-12s %10s %10.0f %10.3f%n", "", "islands", (int) i[1] + "/" + runs, i[0],
                    i[0] / a[0]);
        }
        double[] aloneHeld = heldOutScores(alone);
        double[] islandHeld = heldOutScores(islands);
        System.out.printf(Locale.ROOT, "held-out draws 8, 9, final pick: leader alone mean %.4f (min %.4f), islands "
                + "mean %.4f (min %.4f); start %.4f%n", aloneHeld[0], aloneHeld[1], islandHeld[0], islandHeld[1],
                heldOut.score(start));
        System.out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private PolicyOptimizer optimizer(PolicyFitness fitness, long budget, long seed) {
        return PolicyOptimizer.builder(codec, fitness).populationSize(POPULATION).evaluationBudget(budget)
                .localSearch(LocalSearch.defaults()).randomSeed(seed).build();
    }

    private Trajectory leaderAlone(long seed, long budget, GuardPolicy start) {
        List<long[]> evaluations = new ArrayList<>();
        List<Double> fitness = new ArrayList<>();
        GuardPolicy pick = start;
        Iterator<GenerationResult> run = optimizer(instances.getFirst(), budget, seed).stream(start).iterator();
        while (run.hasNext()) {
            GenerationResult r = run.next();
            pick = r.bestPolicy().guard();
            evaluations.add(new long[] {r.evaluations()});
            fitness.add(cluster.score(pick));
        }
        return new Trajectory(evaluations, fitness, pick);
    }

    private Trajectory islands(long seed, long budget, GuardPolicy start) {
        IslandBoard board = new IslandBoard(instances.size());
        List<Iterator<GenerationResult>> runs = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            runs.add(optimizer(instances.get(i), budget / instances.size(), seed * 31 + i)
                    .stream(start, List.of(), board.island(i)).iterator());
        }
        long[] spent = new long[instances.size()];
        List<long[]> evaluations = new ArrayList<>();
        List<Double> fitness = new ArrayList<>();
        GuardPolicy pick = start;
        boolean any = true;
        while (any) {
            any = false;
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).hasNext()) {
                    GenerationResult r = runs.get(i).next();
                    spent[i] = r.evaluations();
                    any = true;
                    if (i == 0) {
                        pick = r.bestPolicy().guard();
                    }
                }
            }
            evaluations.add(new long[] {spent[0] + spent[1] + spent[2]});
            fitness.add(cluster.score(pick));
        }
        return new Trajectory(evaluations, fitness, pick);
    }

    /** {ERT, successes}: evaluations to the target over the successes, a failure counting the whole budget. */
    private static double[] ert(List<Trajectory> runs, double target, long budget) {
        double spent = 0;
        int successes = 0;
        for (Trajectory t : runs) {
            long reached = -1;
            for (int g = 0; g < t.fitness.size(); g++) {
                if (t.fitness.get(g) >= target) {
                    reached = t.evaluations.get(g)[0];
                    break;
                }
            }
            spent += reached >= 0 ? reached : budget;
            successes += reached >= 0 ? 1 : 0;
        }
        return new double[] {successes == 0 ? Double.POSITIVE_INFINITY : spent / successes, successes};
    }

    private double[] heldOutScores(List<Trajectory> runs) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        for (Trajectory t : runs) {
            double s = heldOut.score(t.pick);
            sum += s;
            min = Math.min(min, s);
        }
        return new double[] {sum / runs.size(), min};
    }

    /** The islands' exchange, in this process: each posts its emigrants and takes the others' latest. */
    private static final class IslandBoard {
        private final List<List<GuardPolicy>> posted = new ArrayList<>();

        IslandBoard(int islands) {
            for (int i = 0; i < islands; i++) {
                posted.add(List.of());
            }
        }

        Migration island(int index) {
            return new Migration() {
                @Override
                public int interval() {
                    return 2;
                }

                @Override
                public int emigrants() {
                    return 2;
                }

                @Override
                public List<GuardPolicy> exchange(long generation, List<GuardPolicy> emigrants) {
                    posted.set(index, emigrants);
                    List<GuardPolicy> in = new ArrayList<>();
                    for (int other = 0; other < posted.size(); other++) {
                        if (other != index) {
                            in.addAll(posted.get(other));
                        }
                    }
                    return in;
                }
            };
        }
    }
}
