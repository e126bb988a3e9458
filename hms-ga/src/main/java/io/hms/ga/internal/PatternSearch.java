package io.hms.ga.internal;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Coordinate pattern search over a genotype of single-gene {@link DoubleChromosome}s (the shape a
 * {@code PolicyCodec} makes): tries one step up and one step down on each gene in turn, moves on the
 * first improvement, and halves every step after a sweep without one, down to each gene's smallest
 * step. Candidates are clamped into the genes' bounds {@code [min, max)}, so the search never leaves
 * them. Deterministic; stateless and thread-safe.
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
     * Climbs from {@code start} while it has evaluations left.
     *
     * @param fitness     evaluates a genotype; negative infinity means "no evaluation left"
     * @param evaluations the most evaluations to make
     * @return the best point found, {@code start} itself when nothing better turned up
     */
    public Point refine(Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness, int evaluations) {
        Genotype<DoubleGene> g = start.genotype();
        int n = g.length();
        double[] x = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] step = new double[n];
        for (int i = 0; i < n; i++) {
            DoubleGene gene = g.get(i).gene();
            x[i] = gene.allele();
            lo[i] = gene.min();
            hi[i] = Math.nextDown(gene.max());
            step[i] = Math.max(smallestSteps[i], initialStep * (gene.max() - gene.min()));
        }
        double best = start.fitness();
        int used = 0;
        while (used < evaluations) {
            boolean improved = false;
            for (int i = 0; i < n && !improved && used < evaluations; i++) {
                for (int dir = 1; dir >= -1 && used < evaluations; dir -= 2) {
                    double moved = Math.max(lo[i], Math.min(hi[i], x[i] + dir * step[i]));
                    if (moved == x[i]) {
                        continue;
                    }
                    double old = x[i];
                    x[i] = moved;
                    double f = fitness.applyAsDouble(toGenotype(g, x));
                    used++;
                    if (f == Double.NEGATIVE_INFINITY) {
                        x[i] = old;
                        return new Point(toGenotype(g, x), best);
                    }
                    if (f > best) {
                        best = f;
                        improved = true;
                        break;
                    }
                    x[i] = old;
                }
            }
            if (!improved && !shrink(step)) {
                break;
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
