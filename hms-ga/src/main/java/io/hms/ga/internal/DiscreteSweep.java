package io.hms.ga.internal;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A {@link Refiner} for mixed spaces: before handing a candidate to another refiner, it tries every other
 * value of each integer gene whose domain is small (retry attempts, 1–5), nearest values first, and keeps
 * the best. A continuous step cannot cross such a gene's plateaus: on a trace where five attempts is a
 * local optimum and two the global one, three attempts and four are both worse, so a step of one unit is
 * always refused and a step of three is too rare to count on. A sweep costs at most the domain's size less
 * one evaluation per gene, once per candidate (its {@link State} remembers how far it got, so a survivor
 * is not swept again, and a sweep the evaluations ran out on goes on from its gene the next time). Integer genes are those of a {@code PolicyCodec}: value {@code v} is the gene interval
 * {@code [v, v + 1)}, swept at its middle. Deterministic; one run, one thread.
 */
public final class DiscreteSweep implements Refiner {

    private final int[] genes;
    private final Refiner then;

    /**
     * @param genes the indices of the integer genes to sweep
     * @param then  the refiner that continues from the sweep's best point
     */
    public DiscreteSweep(int[] genes, Refiner then) {
        this.genes = genes.clone();
        this.then = then;
    }

    /** How many of the genes the candidate's sweep has finished, and the state of the refiner after it. */
    static final class State implements Refiner.State {
        int sweptGenes;
        boolean swept;
        final Refiner.State then;

        State(Refiner.State then) {
            this.then = then;
        }

        @Override
        public boolean converged() {
            return swept && then.converged();
        }
    }

    @Override
    public Refiner.State newState(Genotype<DoubleGene> g) {
        return new State(then.newState(g));
    }

    @Override
    public PatternSearch.Point refine(PatternSearch.Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness,
                                      int evaluations, Refiner.State refinerState) {
        State state = (State) refinerState;
        PatternSearch.Point best = start;
        int used = 0;
        if (!state.swept) {
            for (; state.sweptGenes < genes.length; state.sweptGenes++) { // an interrupted gene starts over
                int gene = genes[state.sweptGenes];
                DoubleGene g = best.genotype().get(gene).gene();
                int lo = (int) Math.ceil(g.min());
                int hi = (int) Math.ceil(g.max()) - 1;
                int current = (int) Math.floor(g.allele());
                PatternSearch.Point fromHere = best;
                for (int d = 1; current - d >= lo || current + d <= hi; d++) {
                    for (int v : new int[] {current - d, current + d}) {
                        if (v < lo || v > hi) {
                            continue;
                        }
                        if (used >= evaluations) {
                            return best;
                        }
                        Genotype<DoubleGene> moved = withValue(fromHere.genotype(), gene, v + 0.5);
                        double f = fitness.applyAsDouble(moved);
                        used++;
                        if (f == Double.NEGATIVE_INFINITY) {
                            return best;
                        }
                        if (f > best.fitness()) {
                            best = new PatternSearch.Point(moved, f);
                        }
                    }
                }
            }
            state.swept = true;
        }
        if (used >= evaluations || state.then.converged()) {
            return best;
        }
        return then.refine(best, fitness, evaluations - used, state.then);
    }

    private static Genotype<DoubleGene> withValue(Genotype<DoubleGene> g, int index, double allele) {
        List<DoubleChromosome> chromosomes = new ArrayList<>(g.length());
        for (int i = 0; i < g.length(); i++) {
            DoubleGene gene = g.get(i).gene();
            chromosomes.add(DoubleChromosome.of(i == index ? gene.newInstance(allele) : gene));
        }
        return Genotype.of(chromosomes);
    }
}
