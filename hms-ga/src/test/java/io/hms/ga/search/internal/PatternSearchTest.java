package io.hms.ga.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class PatternSearchTest {

    private static final PatternSearch SEARCH = new PatternSearch(0.25, new double[] {1.0, 1e-3});

    private static Genotype<DoubleGene> genotype(double integerGene, double realGene) {
        return Genotype.of(DoubleChromosome.of(DoubleGene.of(integerGene, 1, 6)),
                DoubleChromosome.of(DoubleGene.of(realGene, 0, 1)));
    }

    private static double sum(Genotype<DoubleGene> g) {
        return g.get(0).gene().allele() + g.get(1).gene().allele();
    }

    private static void assertInsideBounds(Genotype<DoubleGene> g) {
        for (int i = 0; i < g.length(); i++) {
            DoubleGene gene = g.get(i).gene();
            assertThat(gene.allele()).isGreaterThanOrEqualTo(gene.min()).isLessThan(gene.max());
        }
    }

    @Test
    void climbingUpwardsStopsAtTheUpperBounds() {
        Genotype<DoubleGene> start = genotype(4.5, 0.8);
        PatternSearch.Point best = SEARCH.refine(new PatternSearch.Point(start, sum(start)), PatternSearchTest::sum, 60);
        assertInsideBounds(best.genotype());
        assertThat(best.genotype().get(0).gene().allele()).isGreaterThan(5.9);
        assertThat(best.genotype().get(1).gene().allele()).isGreaterThan(0.99);
    }

    @Test
    void climbingDownwardsStopsAtTheLowerBounds() {
        ToDoubleFunction<Genotype<DoubleGene>> negated = g -> -sum(g);
        Genotype<DoubleGene> start = genotype(1.5, 0.1);
        PatternSearch.Point best = SEARCH.refine(new PatternSearch.Point(start, negated.applyAsDouble(start)), negated, 60);
        assertInsideBounds(best.genotype());
        assertThat(best.genotype().get(0).gene().allele()).isEqualTo(1.0);
        assertThat(best.genotype().get(1).gene().allele()).isEqualTo(0.0);
    }

    @Test
    void spendsNoMoreThanItsEvaluationsAndKeepsTheStartWhenNothingIsBetter() {
        int[] calls = {0};
        Genotype<DoubleGene> start = genotype(3.5, 0.5);
        PatternSearch.Point best = SEARCH.refine(new PatternSearch.Point(start, 100.0), g -> {
            calls[0]++;
            return sum(g);
        }, 7);
        assertThat(calls[0]).isEqualTo(7);
        assertThat(best.genotype()).isEqualTo(start);
        assertThat(best.fitness()).isEqualTo(100.0);
    }

    @Test
    void aResumedStateGoesOnInsteadOfRepeatingTheMovesThatFailed() {
        java.util.List<Genotype<DoubleGene>> first = new java.util.ArrayList<>();
        java.util.List<Genotype<DoubleGene>> second = new java.util.ArrayList<>();
        Genotype<DoubleGene> start = genotype(3.5, 0.5);
        PatternSearch.State state = SEARCH.newState(start);
        PatternSearch.Point p = new PatternSearch.Point(start, 100.0);
        SEARCH.refine(p, g -> {
            first.add(g);
            return sum(g);
        }, 4, state);
        SEARCH.refine(p, g -> {
            second.add(g);
            return sum(g);
        }, 4, state);
        assertThat(first).hasSize(4);
        assertThat(second).hasSize(4).doesNotContainAnyElementsOf(first);
    }

    @Test
    void genesWhoseMovesChangeTheFitnessAreTriedFirst() {
        PatternSearch.GeneStats stats = new PatternSearch.GeneStats(2);
        ToDoubleFunction<Genotype<DoubleGene>> onlySecond = g -> g.get(1).gene().allele();
        Genotype<DoubleGene> start = genotype(3.5, 0.5);
        SEARCH.refine(new PatternSearch.Point(start, onlySecond.applyAsDouble(start)), onlySecond, 8,
                SEARCH.newState(start, stats));
        int[] tried = {-1};
        SEARCH.refine(new PatternSearch.Point(start, onlySecond.applyAsDouble(start)), g -> {
            if (tried[0] < 0) {
                tried[0] = g.get(0).gene().allele() != 3.5 ? 0 : 1;
            }
            return onlySecond.applyAsDouble(g);
        }, 1, SEARCH.newState(start, stats));
        assertThat(tried[0]).isEqualTo(1);
    }
}
