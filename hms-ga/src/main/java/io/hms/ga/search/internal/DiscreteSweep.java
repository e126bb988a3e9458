package io.hms.ga.search.internal;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A {@link Refiner} for mixed spaces: before handing a candidate to another refiner, it tries every other
 * value of each integer or choice gene whose domain is small (retry attempts, 1–5; the limit algorithm),
 * nearest values first, and keeps the best. A continuous step cannot cross such a gene's plateaus: on a trace where five attempts is a
 * local optimum and two the global one, three attempts and four are both worse, so a step of one unit is
 * always refused and a step of three is too rare to count on. A sweep costs at most the domain's size less
 * one evaluation per gene, once per candidate: its {@link State} remembers how far it got, so a survivor is
 * not swept again, and a sweep the evaluations ran out on goes on from its gene the next time. Values map
 * to genes as the codec's {@link GeneScale} maps them. Deterministic; one run, one thread.
 */
public final class DiscreteSweep implements Refiner {

    /**
     * One gene to sweep.
     *
     * @param index its place in the genotype
     * @param scale how its whole values map to the gene
     */
    public record Gene(int index, GeneScale scale) {
    }

    private final List<Gene> genes;
    private final Refiner then;

    /**
     * @param genes the integer and choice genes to sweep, in order
     * @param then  the refiner that continues from the sweep's best point
     */
    public DiscreteSweep(List<Gene> genes, Refiner then) {
        this.genes = List.copyOf(genes);
        this.then = then;
    }

    /** How many of the genes the candidate's sweep has finished, and the state of the refiner after it. */
    static final class State implements Refiner.State {
        int sweptGenes;
        final int genes;
        final Refiner.State then;

        State(int genes, Refiner.State then) {
            this.genes = genes;
            this.then = then;
        }

        boolean swept() {
            return sweptGenes == genes;
        }

        @Override
        public boolean converged() {
            return swept() && then.converged();
        }
    }

    @Override
    public Refiner.State newState(Genotype<DoubleGene> g) {
        return new State(genes.size(), then.newState(g));
    }

    @Override
    public PatternSearch.Point refine(PatternSearch.Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness,
                                      int evaluations, Refiner.State refinerState) {
        State state = (State) refinerState;
        Sweep sweep = new Sweep(start, fitness, evaluations);
        for (; !state.swept(); state.sweptGenes++) { // a gene the evaluations ran out on starts over next time
            if (!sweep.gene(genes.get(state.sweptGenes))) {
                return sweep.best;
            }
        }
        if (sweep.used >= evaluations || state.then.converged()) {
            return sweep.best;
        }
        return then.refine(sweep.best, fitness, evaluations - sweep.used, state.then);
    }

    /** One refinement's sweep: the best point so far and the evaluations spent. */
    private static final class Sweep {
        private final ToDoubleFunction<Genotype<DoubleGene>> fitness;
        private final int evaluations;
        private PatternSearch.Point best;
        private int used;

        Sweep(PatternSearch.Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness, int evaluations) {
            this.best = start;
            this.fitness = fitness;
            this.evaluations = evaluations;
        }

        /** Tries the gene's other values, nearest first; false when the evaluations ran out. */
        boolean gene(Gene gene) {
            GeneScale scale = gene.scale();
            int lo = (int) scale.range().min();
            int hi = (int) scale.range().max();
            int current = (int) scale.toValue(best.genotype().get(gene.index()).gene().allele());
            Genotype<DoubleGene> from = best.genotype();
            for (int d = 1; current - d >= lo || current + d <= hi; d++) {
                if (current - d >= lo && !tryValue(from, gene, current - d)
                        || current + d <= hi && !tryValue(from, gene, current + d)) {
                    return false;
                }
            }
            return true;
        }

        /** Evaluates the gene at {@code value}, keeping it when better; false when the evaluations ran out. */
        private boolean tryValue(Genotype<DoubleGene> from, Gene gene, int value) {
            if (used >= evaluations) {
                return false;
            }
            Genotype<DoubleGene> moved = withAllele(from, gene.index(), gene.scale().toGene(value));
            double f = fitness.applyAsDouble(moved);
            used++;
            if (f == Double.NEGATIVE_INFINITY) { // the run's budget is spent
                return false;
            }
            if (f > best.fitness()) {
                best = new PatternSearch.Point(moved, f);
            }
            return true;
        }
    }

    private static Genotype<DoubleGene> withAllele(Genotype<DoubleGene> g, int index, double allele) {
        List<DoubleChromosome> chromosomes = new ArrayList<>(g.length());
        for (int i = 0; i < g.length(); i++) {
            DoubleGene gene = g.get(i).gene();
            chromosomes.add(DoubleChromosome.of(i == index ? gene.newInstance(allele) : gene));
        }
        return Genotype.of(chromosomes);
    }
}
