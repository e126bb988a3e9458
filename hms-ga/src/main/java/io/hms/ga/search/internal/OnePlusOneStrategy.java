package io.hms.ga.search.internal;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * A (1+1) evolution strategy over a genotype of single-gene {@link DoubleChromosome}s: each evaluation
 * moves every gene at once by a Gaussian step of {@code sigma} times the gene's range, clamped into the
 * gene's bounds {@code [min, max)}, and keeps the move when it is better. The step size follows the
 * 1/5th success rule: a success multiplies {@code sigma} by {@value #GROW}, a failure by
 * {@code GROW^(-1/4)}, so it settles where about one move in five succeeds; it stays within
 * {@code [smallest, 0.5]}. A candidate's {@code sigma} lives in its {@link State} across generations.
 * Genes marked as held are never moved: those a {@link DiscreteSweep} has already set, whose plateaus a
 * Gaussian step would only knock the candidate off.
 * Deterministic for a given random generator; one run, one thread.
 */
public final class OnePlusOneStrategy implements Refiner {

    static final double GROW = 1.5;
    private static final double SHRINK = Math.pow(GROW, -0.25);
    private static final double LARGEST = 0.5;

    private final double initialSigma;
    private final double smallestSigma;
    private final RandomGenerator random;
    private final boolean[] held;

    /**
     * @param initialSigma  the first step size, a fraction of each gene's range, in (0, 0.5]
     * @param smallestSigma below this step size the candidate counts as converged
     * @param random        the source of the Gaussian moves
     */
    public OnePlusOneStrategy(double initialSigma, double smallestSigma, RandomGenerator random) {
        this(initialSigma, smallestSigma, random, new int[0]);
    }

    /**
     * @param initialSigma  the first step size, a fraction of each gene's range, in (0, 0.5]
     * @param smallestSigma below this step size the candidate counts as converged
     * @param random        the source of the Gaussian moves
     * @param heldGenes     the indices of the genes it never moves
     */
    public OnePlusOneStrategy(double initialSigma, double smallestSigma, RandomGenerator random, int[] heldGenes) {
        this.initialSigma = Math.min(LARGEST, initialSigma);
        this.smallestSigma = smallestSigma;
        this.random = random;
        int size = 0;
        for (int i : heldGenes) {
            size = Math.max(size, i + 1);
        }
        this.held = new boolean[size];
        for (int i : heldGenes) {
            held[i] = true;
        }
    }

    /** The step size of one candidate. */
    static final class State implements Refiner.State {
        double sigma;
        private final double smallest;

        State(double sigma, double smallest) {
            this.sigma = sigma;
            this.smallest = smallest;
        }

        @Override
        public boolean converged() {
            return sigma < smallest;
        }
    }

    private boolean holdsAll(int genes) {
        for (int i = 0; i < genes; i++) {
            if (i >= held.length || !held[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Refiner.State newState(Genotype<DoubleGene> g) {
        return new State(initialSigma, smallestSigma);
    }

    @Override
    public PatternSearch.Point refine(PatternSearch.Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness,
                                      int evaluations, Refiner.State refinerState) {
        State state = (State) refinerState;
        Genotype<DoubleGene> g = start.genotype();
        int n = g.length();
        if (holdsAll(n)) { // nothing to move: converged as it is
            state.sigma = 0;
            return start;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = g.get(i).gene().allele();
        }
        double best = start.fitness();
        for (int used = 0; used < evaluations && !state.converged(); used++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                DoubleGene gene = g.get(i).gene();
                double range = gene.max() - gene.min();
                double v = i < held.length && held[i] ? x[i] : x[i] + state.sigma * range * random.nextGaussian();
                y[i] = Math.max(gene.min(), Math.min(Math.nextDown(gene.max()), v));
                moved |= y[i] != x[i];
            }
            if (!moved) {
                continue;
            }
            double f = fitness.applyAsDouble(toGenotype(g, y));
            if (f == Double.NEGATIVE_INFINITY) {
                break;
            }
            if (f > best) {
                best = f;
                System.arraycopy(y, 0, x, 0, n);
                state.sigma = Math.min(LARGEST, state.sigma * GROW);
            } else {
                state.sigma *= SHRINK;
            }
        }
        return best > start.fitness() ? new PatternSearch.Point(toGenotype(g, x), best) : start;
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
