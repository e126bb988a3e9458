package io.hms.ga.search;

import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.Objectives;
import io.hms.ga.search.internal.EvaluationBudget;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.MeanAlterer;
import io.jenetics.Mutator;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.ParetoFront;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One run of a {@code ParetoOptimizer}, a generation at a time: the Jenetics engine's NSGA-II step
 * (mating by tournaments of size 3 under Pareto dominance, {@link Vec#compareTo}; survival by non-dominated
 * rank and crowding distance, {@link NSGA2Selector}) over fitness vectors {@link Objectives#maximized()}, and
 * an archive of
 * the non-dominated candidates evaluated so far (a Jenetics {@link ParetoFront}; of candidates with equal
 * objectives the first evaluated stays; trimmed by crowding
 * distance when it outgrows its size). All evaluations go through one {@link EvaluationBudget}; once it
 * is spent a candidate gets the worst vector and never enters the archive. One run, one thread.
 */
final class ParetoStepper {

    private static final double WORST = -1e300;

    private record Member(GuardPolicy guard, Objectives objectives, double[] vector) {
    }

    private final PolicyCodec codec;
    private final PolicyObjectives objectives;
    private final EvaluationBudget budget;
    private final int frontSize;
    private final RandomGenerator random;
    private final Engine<DoubleGene, Vec<double[]>> engine;
    private final ParetoFront<Member> archive = new ParetoFront<>(
            (a, b) -> Vec.dominance(a.vector(), b.vector()), (a, b) -> Arrays.equals(a.vector(), b.vector()));
    private EvolutionStart<DoubleGene, Vec<double[]>> start;
    private long generation;

    /** A run seeded with {@code startPolicy}. */
    ParetoStepper(PolicyCodec codec, PolicyObjectives objectives, int populationSize, long evaluationBudget,
                  int frontSize, long randomSeed, GuardPolicy startPolicy) {
        this.codec = codec;
        this.objectives = objectives;
        this.budget = new EvaluationBudget(evaluationBudget);
        this.frontSize = frontSize;
        this.random = RandomGeneratorFactory.of("L64X256MixRandom").create(randomSeed);
        this.engine = Engine.builder(this::evaluate, codec.guardCodec().encoding())
                .maximizing()
                .populationSize(populationSize)
                .offspringSelector(new TournamentSelector<>(3))
                .survivorsSelector(NSGA2Selector.ofVec())
                .alterers(new GaussianMutator<>(0.2), new Mutator<>(0.05), new MeanAlterer<>(0.3))
                .executor(Runnable::run)
                .build();
        this.start = EvolutionStart.of(
                GenerationStepper.<Vec<double[]>>initialPopulation(codec, populationSize, startPolicy, random), 1);
    }

    /** Whether the budget is spent. */
    boolean finished() {
        return budget.exhausted();
    }

    /** Runs one generation. */
    ParetoGeneration next() {
        EvolutionResult<DoubleGene, Vec<double[]>> result = RandomRegistry.with(random, r -> engine.evolve(start));
        generation++;
        start = EvolutionStart.of(result.population(), result.generation() + 1);
        List<ParetoPolicy> members = new ArrayList<>(archive.size());
        for (Member m : archive) {
            members.add(new ParetoPolicy(codec.base().withGuard(m.guard()), m.objectives()));
        }
        return new ParetoGeneration(generation, new PolicyFront(members), budget.used(), budget.exhausted());
    }

    private Vec<double[]> evaluate(Genotype<DoubleGene> genotype) {
        GuardPolicy guard = codec.decodeGuard(genotype);
        Objectives[] out = new Objectives[1];
        double made = budget.evaluate(() -> {
            out[0] = objectives.evaluate(guard);
            return 0;
        }, false);
        if (made == Double.NEGATIVE_INFINITY) {
            return Vec.of(WORST, WORST, WORST, WORST);
        }
        double[] vector = out[0].maximized();
        if (archive.add(new Member(guard, out[0], vector)) && archive.size() > frontSize) {
            archive.trim(frontSize, (u, v, i) -> Double.compare(u.vector()[i], v.vector()[i]),
                    (u, v, i) -> u.vector()[i] - v.vector()[i], m -> Objectives.COUNT);
        }
        return Vec.of(vector);
    }
}
