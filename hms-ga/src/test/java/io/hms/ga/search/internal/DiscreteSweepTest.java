package io.hms.ga.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.ParameterRange;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class DiscreteSweepTest {

    private static final DiscreteSweep.Gene ATTEMPTS = new DiscreteSweep.Gene(0,
            new GeneScale(ParameterRange.ofInts(Parameter.RETRY_MAX_ATTEMPTS, 1, 5)));

    /** Gene 0: attempts 1–5 (gene interval [1, 6)); gene 1: a real in [0, 10). */
    private static Genotype<DoubleGene> genotype(double attempts, double real) {
        return Genotype.of(List.of(DoubleChromosome.of(DoubleGene.of(attempts, 1, 6)),
                DoubleChromosome.of(DoubleGene.of(real, 0, 10))));
    }

    private static int attempts(Genotype<DoubleGene> g) {
        return (int) Math.floor(g.get(0).gene().allele());
    }

    /** Five attempts a local optimum, two the global one, three and four worse than both. */
    private static double plateaus(Genotype<DoubleGene> g) {
        return switch (attempts(g)) {
            case 2 -> 10;
            case 5 -> 5;
            case 1 -> 1;
            default -> 0;
        };
    }

    /** A refiner that only counts its calls and the evaluations it was given. */
    private static final class Counting implements Refiner {
        final List<Integer> given = new ArrayList<>();

        @Override
        public State newState(Genotype<DoubleGene> g) {
            return () -> false;
        }

        @Override
        public PatternSearch.Point refine(PatternSearch.Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness,
                                          int evaluations, State state) {
            given.add(evaluations);
            return start;
        }
    }

    private static PatternSearch.Point point(Genotype<DoubleGene> g) {
        return new PatternSearch.Point(g, plateaus(g));
    }

    @Test
    void crossesAPlateauAStepOfOneUnitCannot() {
        Counting then = new Counting();
        DiscreteSweep sweep = new DiscreteSweep(List.of(ATTEMPTS), then);
        Genotype<DoubleGene> start = genotype(5.5, 3);
        List<Integer> tried = new ArrayList<>();
        PatternSearch.Point best = sweep.refine(point(start), g -> {
            tried.add(attempts(g));
            return plateaus(g);
        }, 16, sweep.newState(start));

        assertThat(attempts(best.genotype())).isEqualTo(2);
        assertThat(best.fitness()).isEqualTo(10);
        assertThat(best.genotype().get(1).gene().allele()).isEqualTo(3);
        assertThat(tried).containsExactly(4, 3, 2, 1);
        assertThat(then.given).containsExactly(12);
    }

    @Test
    void triesTheNearestValuesFirstOnBothSides() {
        DiscreteSweep sweep = new DiscreteSweep(List.of(ATTEMPTS), new Counting());
        Genotype<DoubleGene> start = genotype(3.5, 3);
        List<Integer> tried = new ArrayList<>();
        sweep.refine(point(start), g -> {
            tried.add(attempts(g));
            return plateaus(g);
        }, 16, sweep.newState(start));
        assertThat(tried).containsExactly(2, 4, 1, 5);
    }

    @Test
    void sweepsACandidateOnceAndThenLeavesItToTheNextRefiner() {
        Counting then = new Counting();
        DiscreteSweep sweep = new DiscreteSweep(List.of(ATTEMPTS), then);
        Genotype<DoubleGene> start = genotype(2.5, 3);
        Refiner.State state = sweep.newState(start);
        List<Integer> tried = new ArrayList<>();
        ToDoubleFunction<Genotype<DoubleGene>> fitness = g -> {
            tried.add(attempts(g));
            return plateaus(g);
        };
        sweep.refine(point(start), fitness, 10, state);
        sweep.refine(point(start), fitness, 10, state);
        assertThat(tried).hasSize(4);
        assertThat(then.given).containsExactly(6, 10);
    }

    @Test
    void neverSpendsMoreThanItIsGivenAndStopsWhenTheBudgetIsGone() {
        Counting then = new Counting();
        DiscreteSweep sweep = new DiscreteSweep(List.of(ATTEMPTS), then);
        Genotype<DoubleGene> start = genotype(5.5, 3);
        List<Integer> tried = new ArrayList<>();
        sweep.refine(point(start), g -> {
            tried.add(attempts(g));
            return plateaus(g);
        }, 2, sweep.newState(start));
        assertThat(tried).containsExactly(4, 3);
        assertThat(then.given).isEmpty();

        tried.clear();
        PatternSearch.Point best = sweep.refine(point(start), g -> {
            tried.add(attempts(g));
            return Double.NEGATIVE_INFINITY;
        }, 16, sweep.newState(start));
        assertThat(tried).containsExactly(4);
        assertThat(best.genotype()).isEqualTo(start);
        assertThat(then.given).isEmpty();
    }

    @Test
    void aSweepTheEvaluationsRanOutOnGoesOnFromItsGeneTheNextTime() {
        Counting then = new Counting();
        DiscreteSweep sweep = new DiscreteSweep(List.of(ATTEMPTS, new DiscreteSweep.Gene(2,
                new GeneScale(ParameterRange.ofInts(Parameter.HALF_OPEN_PROBES, 1, 5)))), then);
        // gene 0: attempts 1–5; gene 1: a real; gene 2: probes 1–5
        Genotype<DoubleGene> start = Genotype.of(List.of(DoubleChromosome.of(DoubleGene.of(5.5, 1, 6)),
                DoubleChromosome.of(DoubleGene.of(3, 0, 10)), DoubleChromosome.of(DoubleGene.of(1.5, 1, 6))));
        Refiner.State state = sweep.newState(start);
        List<String> tried = new ArrayList<>();
        ToDoubleFunction<Genotype<DoubleGene>> fitness = g -> {
            tried.add(attempts(g) + "/" + (int) Math.floor(g.get(2).gene().allele()));
            return plateaus(g);
        };

        PatternSearch.Point best = sweep.refine(point(start), fitness, 6, state);
        assertThat(tried).containsExactly("4/1", "3/1", "2/1", "1/1", "2/2", "2/3");
        assertThat(state.converged()).isFalse();
        assertThat(then.given).isEmpty();

        tried.clear();
        sweep.refine(best, fitness, 6, state);
        assertThat(tried).containsExactly("2/2", "2/3", "2/4", "2/5"); // gene 2 again, from its start
        assertThat(then.given).containsExactly(2);
    }
}
