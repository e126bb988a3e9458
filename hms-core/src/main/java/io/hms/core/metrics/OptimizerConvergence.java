package io.hms.core.metrics;

import io.hms.api.event.GenerationEvaluated;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How fast the optimizer converges, followed from its {@link GenerationEvaluated} events: for each run on a
 * component, how many evaluations and generations it spent before its best fitness came within
 * {@link #NEAR} of the improvement the run made by its end, measured from its first generation's mean
 * fitness: the typical candidate before selection has worked. (A first generation without a finite mean
 * gives its best instead, and one with neither the first later generation that has one.) A run starts with generation 1 and ends when
 * the next run on the same component starts; a run still going counts as if it ended now, so its figures
 * can only grow.
 *
 * <pre>{@code
 * OptimizerConvergence convergence = new OptimizerConvergence();
 * hms.events().subscribe(GenerationEvaluated.class, convergence::accept);
 * convergence.latest("inventory").ifPresent(run -> log.info("converged after {} evaluations",
 *         run.evaluationsToConverge()));
 * }</pre>
 *
 * <p>Keeps the last {@value #KEPT_RUNS} runs. Thread-safe.
 */
public final class OptimizerConvergence {

    /** The share of a run's total improvement that may still be missing when it counts as converged. */
    public static final double NEAR = 0.01;

    static final int KEPT_RUNS = 256;

    private final Map<String, Tracker> current = new HashMap<>();
    private final Deque<Run> finished = new ArrayDeque<>();

    /** Follows one generation; a generation numbered 1 (or lower than the last) starts a new run. */
    public synchronized void accept(GenerationEvaluated generation) {
        Objects.requireNonNull(generation, "generation");
        Tracker tracker = current.get(generation.component());
        if (tracker != null && generation.generation() <= tracker.lastGeneration()) {
            keep(tracker.run(true));
            tracker = null;
        }
        if (tracker == null) {
            tracker = new Tracker(generation.component());
            current.put(generation.component(), tracker);
        }
        tracker.add(generation);
    }

    /** The latest run on {@code component}, ended or going. */
    public synchronized Optional<Run> latest(String component) {
        Tracker tracker = current.get(component);
        return tracker == null ? Optional.empty() : Optional.of(tracker.run(false));
    }

    /** The runs kept, ended ones first in the order they ended, then the ones going, by component. */
    public synchronized List<Run> runs() {
        List<Run> runs = new ArrayList<>(finished);
        current.values().stream().map(t -> t.run(false))
                .sorted(Comparator.comparing(Run::component)).forEach(runs::add);
        return List.copyOf(runs);
    }

    private void keep(Run run) {
        if (finished.size() == KEPT_RUNS) {
            finished.removeFirst();
        }
        finished.addLast(run);
    }

    /**
     * One optimizer run on a component.
     *
     * @param component             the component whose policy was searched
     * @param generations           generations evaluated
     * @param evaluations           evaluations spent, local search included
     * @param baseline              the first generation's mean fitness (see the class comment for the fallbacks)
     * @param best                  the best fitness at the end (or now)
     * @param generationsToConverge the first generation whose best was within {@link #NEAR} of {@code best}
     * @param evaluationsToConverge evaluations spent by the end of that generation
     * @param ended                 whether a later run has started, so the figures are final
     */
    public record Run(String component, long generations, long evaluations, double baseline, double best,
                      long generationsToConverge, long evaluationsToConverge, boolean ended) {
    }

    /** The generations of one run; best fitness is the best so far, so it never falls. */
    private static final class Tracker {

        private final String component;
        private long[] generation = new long[16];
        private long[] evaluations = new long[16];
        private double[] best = new double[16];
        private double baseline = Double.NaN;
        private int size;

        Tracker(String component) {
            this.component = component;
        }

        long lastGeneration() {
            return generation[size - 1];
        }

        void add(GenerationEvaluated g) {
            if (size == generation.length) {
                generation = Arrays.copyOf(generation, size * 2);
                evaluations = Arrays.copyOf(evaluations, size * 2);
                best = Arrays.copyOf(best, size * 2);
            }
            if (!Double.isFinite(baseline)) {
                baseline = Double.isFinite(g.meanFitness()) ? g.meanFitness() : g.bestFitness();
            }
            generation[size] = g.generation();
            evaluations[size] = g.evaluations();
            best[size] = g.bestFitness();
            size++;
        }

        Run run(boolean ended) {
            double last = best[size - 1];
            int converged = size - 1;
            if (Double.isFinite(baseline) && Double.isFinite(last)) {
                double target = last - NEAR * Math.max(0, last - baseline);
                converged = 0;
                while (converged < size - 1 && !(best[converged] >= target)) {
                    converged++;
                }
            }
            return new Run(component, generation[size - 1], evaluations[size - 1], baseline, last,
                    generation[converged], evaluations[converged], ended);
        }
    }
}
