package io.hms.ga.search.internal;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Coordinate pattern search over a genotype of single-gene {@link DoubleChromosome}s (the shape a
 * {@code PolicyCodec} makes). It works on one gene at a time, in the order of {@link GeneStats} (genes whose
 * moves changed the fitness first): it tries a step in the direction that last paid off on that gene (up at
 * first), then the other; on an improvement it moves, doubles that gene's step
 * (up to half the gene's range) and stays on the gene, otherwise it goes on to the next gene. After a whole
 * sweep without an improvement every step is halved, down to each gene's smallest step; once no step can
 * shrink and a sweep finds nothing, the point is a local optimum ({@link State#converged()}).
 *
 * <p>The search's {@link State} (steps, the gene it is on, the directions) outlives one call, so a memetic
 * GA can resume refining a candidate in its next generation instead of repeating the moves that already
 * failed. Candidates are clamped into the genes' bounds {@code [min, max)}, so the search never leaves them.
 * Deterministic; the search itself is stateless and thread-safe, a state serves one candidate on one thread.
 */
public final class PatternSearch {

    private final double initialStep;
    private final double[] smallestSteps;

    /**
     * @param initialStep   the first step, a fraction of each gene's range
     * @param smallestSteps the smallest step of each gene, in gene units (1 for integer genes)
     */
    public PatternSearch(double initialStep, double[] smallestSteps) {
        this.initialStep = initialStep;
        this.smallestSteps = smallestSteps.clone();
    }

    /** A genotype and its fitness. */
    public record Point(Genotype<DoubleGene> genotype, double fitness) {
    }

    /**
     * What the searches of one run learned about the genes: how often a move on each gene changed the
     * fitness at all. Genes whose moves never change it (a breaker that never opens on this trace) sink to
     * the end of every sweep, so evaluations go to the genes that matter. Not thread-safe; one per run.
     */
    public static final class GeneStats {
        private final long[] tries;
        private final long[] changes;

        /** Stats of {@code genes} genes, all untried. */
        public GeneStats(int genes) {
            this.tries = new long[genes];
            this.changes = new long[genes];
        }

        void record(int gene, boolean changed) {
            tries[gene]++;
            if (changed) {
                changes[gene]++;
            }
        }

        /** Gene indices by how often a move changed the fitness, (changes + 1) / (tries + 2), most first. */
        int[] order() {
            Integer[] order = new Integer[tries.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(
                    (Integer i) -> -(changes[i] + 1.0) / (tries[i] + 2.0)).thenComparingInt(i -> i));
            return java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * This search as the {@link Refiner} of one run: every candidate's state shares one {@link GeneStats},
     * so what one search learns about the genes orders the others' sweeps.
     */
    public Refiner forRun(int genes) {
        GeneStats stats = new GeneStats(genes);
        return new Refiner() {
            @Override
            public Refiner.State newState(Genotype<DoubleGene> g) {
                return PatternSearch.this.newState(g, stats);
            }

            @Override
            public Point refine(Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness, int evaluations,
                                Refiner.State state) {
                return PatternSearch.this.refine(start, fitness, evaluations, (PatternSearch.State) state);
            }
        };
    }

    /** Where the search of one candidate stands. Not thread-safe. */
    public static final class State implements Refiner.State {
        private final double[] step;
        private final double[] largest;
        private final int[] direction;
        private final GeneStats stats;
        private int[] order;
        private int position;
        private int failedInARow;
        private boolean converged;

        private State(double[] step, double[] largest, GeneStats stats) {
            this.step = step;
            this.largest = largest;
            this.direction = new int[step.length];
            this.stats = stats;
            this.order = stats.order();
        }

        /** Whether the candidate is a local optimum at the smallest steps. */
        @Override
        public boolean converged() {
            return converged;
        }
    }

    /** A fresh state for refining {@code g} on its own: initial steps, genes in order. */
    public State newState(Genotype<DoubleGene> g) {
        return newState(g, new GeneStats(g.length()));
    }

    /** A fresh state for refining {@code g}: initial steps, genes in the order {@code stats} suggests. */
    public State newState(Genotype<DoubleGene> g, GeneStats stats) {
        int n = g.length();
        double[] step = new double[n];
        double[] largest = new double[n];
        for (int i = 0; i < n; i++) {
            DoubleGene gene = g.get(i).gene();
            double range = gene.max() - gene.min();
            step[i] = Math.max(smallestSteps[i], initialStep * range);
            largest[i] = Math.max(step[i], 0.5 * range);
        }
        return new State(step, largest, stats);
    }

    /** Climbs from {@code start} with a fresh state while it has evaluations left; see the other overload. */
    public Point refine(Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness, int evaluations) {
        return refine(start, fitness, evaluations, newState(start.genotype()));
    }

    /**
     * Climbs from {@code start} while it has evaluations left, resuming from {@code state} and updating it.
     *
     * @param fitness     evaluates a genotype; negative infinity means "no evaluation left"
     * @param evaluations the most evaluations to make
     * @return the best point found, {@code start} itself when nothing better turned up
     */
    public Point refine(Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness, int evaluations, State state) {
        Genotype<DoubleGene> g = start.genotype();
        int n = g.length();
        double[] x = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            DoubleGene gene = g.get(i).gene();
            x[i] = gene.allele();
            lo[i] = gene.min();
            hi[i] = Math.nextDown(gene.max());
        }
        double best = start.fitness();
        int used = 0;
        while (used < evaluations && !state.converged) {
            int i = state.order[state.position];
            int first = state.direction[i] == 0 ? 1 : state.direction[i];
            boolean improved = false;
            int tries = 0;
            for (int dir = first; tries < 2 && used < evaluations; dir = -dir, tries++) {
                double moved = Math.max(lo[i], Math.min(hi[i], x[i] + dir * state.step[i]));
                if (moved == x[i]) {
                    continue;
                }
                double old = x[i];
                x[i] = moved;
                double f = fitness.applyAsDouble(toGenotype(g, x));
                used++;
                if (f == Double.NEGATIVE_INFINITY) {
                    x[i] = old;
                    return best > start.fitness() ? new Point(toGenotype(g, x), best) : start;
                }
                state.stats.record(i, f != best);
                if (f > best) {
                    best = f;
                    improved = true;
                    state.direction[i] = dir;
                    state.step[i] = Math.min(state.largest[i], 2 * state.step[i]);
                    break;
                }
                x[i] = old;
            }
            if (!improved && tries < 2) {
                break;   // out of evaluations mid-gene: resume on this gene next time
            }
            if (improved) {
                state.failedInARow = 0;
                continue;
            }
            state.direction[i] = 0;
            state.position = (state.position + 1) % n;
            if (++state.failedInARow >= n) {
                state.failedInARow = 0;
                state.converged = !shrink(state.step);
                state.order = state.stats.order();
                state.position = 0;
            }
        }
        return best > start.fitness() ? new Point(toGenotype(g, x), best) : start;
    }

    private boolean shrink(double[] step) {
        boolean shrunk = false;
        for (int i = 0; i < step.length; i++) {
            double half = Math.max(smallestSteps[i], step[i] / 2);
            shrunk |= half < step[i];
            step[i] = half;
        }
        return shrunk;
    }

    private static Genotype<DoubleGene> toGenotype(Genotype<DoubleGene> shape, double[] x) {
        List<DoubleChromosome> chromosomes = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            DoubleGene gene = shape.get(i).gene();
            chromosomes.add(DoubleChromosome.of(DoubleGene.of(x[i], gene.min(), gene.max())));
        }
        return Genotype.of(chromosomes);
    }
}
