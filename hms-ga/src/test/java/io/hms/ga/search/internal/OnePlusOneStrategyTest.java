package io.hms.ga.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class OnePlusOneStrategyTest {

    private static OnePlusOneStrategy strategy(double sigma) {
        return new OnePlusOneStrategy(sigma, 1e-3, RandomGeneratorFactory.of("L64X128MixRandom").create(11L));
    }

    private static Genotype<DoubleGene> genotype(double... alleles) {
        List<DoubleChromosome> chromosomes = new ArrayList<>();
        for (double a : alleles) {
            chromosomes.add(DoubleChromosome.of(DoubleGene.of(a, 0, 10)));
        }
        return Genotype.of(chromosomes);
    }

    /** Minus the squared distance to (7, 3, 5): a smooth hill, every gene at once. */
    private static double hill(Genotype<DoubleGene> g) {
        double[] peak = {7, 3, 5};
        double d = 0;
        for (int i = 0; i < peak.length; i++) {
            double x = g.get(i).gene().allele() - peak[i];
            d += x * x;
        }
        return -d;
    }

    private static double sigma(Refiner.State state) {
        return ((OnePlusOneStrategy.State) state).sigma;
    }

    @Test
    void climbsASmoothHillMovingEveryGeneAtOnce() {
        OnePlusOneStrategy es = strategy(0.1);
        Genotype<DoubleGene> start = genotype(1, 9, 1);
        PatternSearch.Point best = es.refine(new PatternSearch.Point(start, hill(start)), OnePlusOneStrategyTest::hill,
                200, es.newState(start));
        assertThat(best.fitness()).isGreaterThan(-0.05);
        assertThat(best.fitness()).isEqualTo(hill(best.genotype()));
    }

    @Test
    void neverLeavesTheGenesBounds() {
        OnePlusOneStrategy es = strategy(0.5);
        ToDoubleFunction<Genotype<DoubleGene>> upwards = g -> {
            for (int i = 0; i < g.length(); i++) {
                DoubleGene gene = g.get(i).gene();
                assertThat(gene.allele()).isGreaterThanOrEqualTo(gene.min()).isLessThan(gene.max());
            }
            return g.get(0).gene().allele() + g.get(1).gene().allele();
        };
        Genotype<DoubleGene> start = genotype(9.5, 0.5);
        PatternSearch.Point best = es.refine(new PatternSearch.Point(start, upwards.applyAsDouble(start)), upwards, 100,
                es.newState(start));
        assertThat(best.genotype().get(0).gene().allele()).isGreaterThan(9.5);
    }

    @Test
    void spendsNoMoreThanItsEvaluationsAndKeepsTheStartWhenNothingIsBetter() {
        OnePlusOneStrategy es = strategy(0.1);
        int[] calls = {0};
        Genotype<DoubleGene> start = genotype(5, 5);
        PatternSearch.Point best = es.refine(new PatternSearch.Point(start, 100.0), g -> {
            calls[0]++;
            return 0.0;
        }, 7, es.newState(start));
        assertThat(calls[0]).isEqualTo(7);
        assertThat(best).isEqualTo(new PatternSearch.Point(start, 100.0));
    }

    @Test
    void theStepFollowsTheOneFifthRuleAndOutlivesOneRefinement() {
        OnePlusOneStrategy es = strategy(0.1);
        Genotype<DoubleGene> start = genotype(5, 5);
        Refiner.State state = es.newState(start);
        es.refine(new PatternSearch.Point(start, 100.0), g -> 0.0, 4, state);
        assertThat(sigma(state)).isCloseTo(0.1 / OnePlusOneStrategy.GROW, org.assertj.core.data.Offset.offset(1e-12));
        double before = sigma(state);
        es.refine(new PatternSearch.Point(start, -100.0), g -> 0.0, 1, state);
        assertThat(sigma(state)).isCloseTo(before * OnePlusOneStrategy.GROW, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aTinyStepCountsAsConvergedAndSpendsNothing() {
        OnePlusOneStrategy es = new OnePlusOneStrategy(1e-4, 1e-3,
                RandomGeneratorFactory.of("L64X128MixRandom").create(1L));
        Genotype<DoubleGene> start = genotype(5, 5);
        Refiner.State state = es.newState(start);
        assertThat(state.converged()).isTrue();
        int[] calls = {0};
        es.refine(new PatternSearch.Point(start, 0.0), g -> ++calls[0], 5, state);
        assertThat(calls[0]).isZero();
    }

    @Test
    void theSameRandomSeedRepeatsTheSearch() {
        Genotype<DoubleGene> start = genotype(1, 9, 1);
        OnePlusOneStrategy a = strategy(0.2);
        OnePlusOneStrategy b = strategy(0.2);
        assertThat(a.refine(new PatternSearch.Point(start, hill(start)), OnePlusOneStrategyTest::hill, 30, a.newState(start)))
                .isEqualTo(b.refine(new PatternSearch.Point(start, hill(start)), OnePlusOneStrategyTest::hill, 30,
                        b.newState(start)));
    }

    @Test
    void neverMovesAHeldGene() {
        OnePlusOneStrategy es = new OnePlusOneStrategy(0.3, 1e-3,
                RandomGeneratorFactory.of("L64X128MixRandom").create(5L), new int[] {1});
        Genotype<DoubleGene> start = genotype(1, 9, 1);
        List<Double> held = new ArrayList<>();
        PatternSearch.Point best = es.refine(new PatternSearch.Point(start, hill(start)), g -> {
            held.add(g.get(1).gene().allele());
            return hill(g);
        }, 100, es.newState(start));
        assertThat(held).hasSize(100).containsOnly(9.0);
        assertThat(best.fitness()).isGreaterThan(hill(start));
    }

    @Test
    void withEveryGeneHeldItSpendsNothingAndCountsAsConverged() {
        OnePlusOneStrategy es = new OnePlusOneStrategy(0.3, 1e-3,
                RandomGeneratorFactory.of("L64X128MixRandom").create(5L), new int[] {0, 1, 2});
        Genotype<DoubleGene> start = genotype(1, 9, 1);
        Refiner.State state = es.newState(start);
        List<Genotype<DoubleGene>> evaluated = new ArrayList<>();
        PatternSearch.Point best = es.refine(new PatternSearch.Point(start, hill(start)), g -> {
            evaluated.add(g);
            return hill(g);
        }, 100, state);
        assertThat(evaluated).isEmpty();
        assertThat(best.genotype()).isEqualTo(start);
        assertThat(state.converged()).isTrue();
    }
}
