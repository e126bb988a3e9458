package io.hms.ga.search;

import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.search.internal.EvaluationBudget;
import io.hms.ga.search.internal.PatternSearch;
import io.hms.ga.search.internal.Refiner;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.MeanAlterer;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One run of a {@code PolicyOptimizer}, a generation at a time: the Jenetics engine's step, then the
 * local search ({@link Refiner}) on the best few, whose improved candidates replace their originals
 * (fitness attached, so they are not evaluated again). With a local search the first step evaluates the
 * start population itself and refines its best candidate before the first breeding, so the local search
 * starts after {@code populationSize} evaluations rather than after a whole generation; only the best
 * one, since the rest of a random population is rarely worth a local search. A refined candidate keeps
 * its search state into the next generation, so a survivor's refinement resumes where it stopped rather
 * than repeating moves that already failed, and a candidate already at a local optimum is not refined
 * again. All evaluations go through one {@link EvaluationBudget}. One run, one thread; not thread-safe.
 */
final class GenerationStepper {

    private final PolicyCodec codec;
    private final PolicyFitness fitness;
    private final EvaluationBudget budget;
    private final int refined;
    private final int evaluationsPerCandidate;
    private final Refiner search;
    private final RandomGenerator random;
    private final Engine<DoubleGene, Double> engine;
    private EvolutionStart<DoubleGene, Double> start;
    private long generation;
    private final Map<Genotype<DoubleGene>, Refiner.State> states = new HashMap<>();
    private Genotype<DoubleGene> bestGenotype;
    private double bestFitness = Double.NEGATIVE_INFINITY;
    private ComponentPolicy bestPolicy; // bestGenotype decoded, null until needed
    private Migration migration = Migration.none();

    /** A run seeded with {@code startPolicy} and {@code alsoSeeded}. */
    GenerationStepper(PolicyCodec codec, PolicyFitness fitness, int populationSize, long evaluationBudget,
                      int refined, int evaluationsPerCandidate, Refiner search, long randomSeed,
                      GuardPolicy startPolicy, List<GuardPolicy> alsoSeeded) {
        this.codec = codec;
        this.fitness = fitness;
        this.budget = new EvaluationBudget(evaluationBudget);
        this.refined = refined;
        this.evaluationsPerCandidate = evaluationsPerCandidate;
        this.search = search;
        this.random = RandomGeneratorFactory.of("L64X256MixRandom").create(randomSeed);
        this.engine = Engine.builder((Genotype<DoubleGene> g) -> evaluate(g, false), codec.guardCodec().encoding())
                .maximizing()
                .populationSize(populationSize)
                .selector(new TournamentSelector<>(3))
                .alterers(new GaussianMutator<>(0.2), new Mutator<>(0.05), new MeanAlterer<>(0.3))
                .executor(Runnable::run)
                .build();
        this.start = EvolutionStart.of(GenerationStepper.<Double>initialPopulation(codec, populationSize, startPolicy,
                alsoSeeded, random), 1);
    }

    /** The first population with {@code startPolicy} alone seeded. */
    static <C extends Comparable<? super C>> ISeq<Phenotype<DoubleGene, C>> initialPopulation(
            PolicyCodec codec, int size, GuardPolicy startPolicy, RandomGenerator random) {
        return initialPopulation(codec, size, startPolicy, List.of(), random);
    }

    /**
     * The first population: {@code startPolicy}, then {@code alsoSeeded} (as many as fit), then random
     * genotypes drawn from {@code random} up to {@code size}, none evaluated yet. (The engine does not fill a
     * smaller start population itself.)
     */
    static <C extends Comparable<? super C>> ISeq<Phenotype<DoubleGene, C>> initialPopulation(
            PolicyCodec codec, int size, GuardPolicy startPolicy, List<GuardPolicy> alsoSeeded,
            RandomGenerator random) {
        return RandomRegistry.with(random, r -> {
            MSeq<Phenotype<DoubleGene, C>> population = MSeq.ofLength(size);
            population.set(0, Phenotype.of(codec.encode(startPolicy), 1));
            int seeded = 1;
            for (GuardPolicy other : alsoSeeded) {
                if (seeded < size) {
                    population.set(seeded++, Phenotype.of(codec.encode(other), 1));
                }
            }
            for (int i = seeded; i < size; i++) {
                population.set(i, Phenotype.of(codec.newGenotype(), 1));
            }
            return population.toISeq();
        });
    }

    /** Trades candidates with other islands through {@code value} from the next generation on. */
    GenerationStepper migrating(Migration value) {
        this.migration = value;
        return this;
    }

    /** Whether the budget is spent. */
    boolean finished() {
        return budget.exhausted();
    }

    /** Runs one generation. */
    GenerationResult next() {
        if (generation == 0 && refined > 0) {
            ISeq<Phenotype<DoubleGene, Double>> first = refine(evaluated(start.population()), 1);
            track(first);
            start = EvolutionStart.of(first, start.generation());
        }
        EvolutionResult<DoubleGene, Double> result = RandomRegistry.with(random, r -> engine.evolve(start));
        generation++;
        ISeq<Phenotype<DoubleGene, Double>> population = result.population();
        if (refined > 0 && !budget.exhausted()) {
            population = refine(population, refined);
        }
        double mean = track(population);
        if (generation % migration.interval() == 0 && !budget.exhausted()) {
            population = migrate(population, result.generation());
        }
        start = EvolutionStart.of(population, result.generation() + 1);
        if (bestPolicy == null) {
            bestPolicy = bestGenotype == null ? codec.base() : codec.decode(bestGenotype);
        }
        return new GenerationResult(generation, bestPolicy, bestFitness, mean, budget.used(),
                budget.usedByLocalSearch(), budget.exhausted());
    }

    /**
     * Sends this island's best (distinct policies, best first) and puts what the others sent in place of its
     * worst, unevaluated: at most a quarter of the population, so an island keeps most of its own.
     */
    private ISeq<Phenotype<DoubleGene, Double>> migrate(ISeq<Phenotype<DoubleGene, Double>> population,
                                                         long atGeneration) {
        Integer[] order = byFitness(population);
        List<GuardPolicy> emigrants = new ArrayList<>();
        for (int k = 0; k < order.length && emigrants.size() < migration.emigrants(); k++) {
            Phenotype<DoubleGene, Double> p = population.get(order[k]);
            GuardPolicy policy = codec.decodeGuard(p.genotype());
            if (p.isEvaluated() && Double.isFinite(p.fitness()) && !emigrants.contains(policy)) {
                emigrants.add(policy);
            }
        }
        List<GuardPolicy> immigrants = migration.exchange(generation, List.copyOf(emigrants));
        MSeq<Phenotype<DoubleGene, Double>> next = population.copy();
        int room = Math.min(immigrants.size(), Math.max(1, population.size() / 4));
        for (int k = 0; k < room; k++) {
            next.set(order[order.length - 1 - k], Phenotype.of(codec.encode(immigrants.get(k)), atGeneration));
        }
        return next.toISeq();
    }

    /** Indices of {@code population}, best first (unevaluated last). */
    private static Integer[] byFitness(ISeq<Phenotype<DoubleGene, Double>> population) {
        Integer[] order = new Integer[population.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(
                (Integer i) -> population.get(i).fitnessOptional().orElse(Double.NEGATIVE_INFINITY)).reversed());
        return order;
    }

    /** Folds the population into the best seen; returns its mean fitness (NaN when none is finite). */
    private double track(ISeq<Phenotype<DoubleGene, Double>> population) {
        double sum = 0;
        int counted = 0;
        for (Phenotype<DoubleGene, Double> p : population) {
            double f = p.isEvaluated() ? p.fitness() : Double.NEGATIVE_INFINITY;
            if (Double.isFinite(f)) {
                sum += f;
                counted++;
                if (f > bestFitness) {
                    bestFitness = f;
                    bestGenotype = p.genotype();
                    bestPolicy = null; // decoded when reported
                }
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    private ISeq<Phenotype<DoubleGene, Double>> refine(ISeq<Phenotype<DoubleGene, Double>> population, int best) {
        MSeq<Phenotype<DoubleGene, Double>> next = population.copy();
        Integer[] order = byFitness(population);
        Map<Genotype<DoubleGene>, Refiner.State> kept = new HashMap<>();
        for (int k = 0; k < Math.min(best, order.length) && !budget.exhausted(); k++) {
            Phenotype<DoubleGene, Double> p = next.get(order[k]);
            double f = p.fitnessOptional().orElse(Double.NEGATIVE_INFINITY);
            if (!Double.isFinite(f)) {
                continue;
            }
            Refiner.State state = states.get(p.genotype());
            if (state == null) {
                state = search.newState(p.genotype());
            }
            if (state.converged()) {
                kept.put(p.genotype(), state);
                continue;
            }
            PatternSearch.Point better = search.refine(new PatternSearch.Point(p.genotype(), f),
                    g -> evaluate(g, true), evaluationsPerCandidate, state);
            kept.put(better.genotype(), state);
            if (better.fitness() > f) {
                next.set(order[k], Phenotype.of(better.genotype(), p.generation(), better.fitness()));
            }
        }
        states.clear();
        states.putAll(kept);
        return next.toISeq();
    }

    /** The population with every candidate evaluated (through the budget; once it is spent, at negative infinity). */
    private ISeq<Phenotype<DoubleGene, Double>> evaluated(ISeq<Phenotype<DoubleGene, Double>> population) {
        MSeq<Phenotype<DoubleGene, Double>> next = population.copy();
        for (int i = 0; i < next.size(); i++) {
            Phenotype<DoubleGene, Double> p = next.get(i);
            if (!p.isEvaluated()) {
                next.set(i, p.withFitness(evaluate(p.genotype(), false)));
            }
        }
        return next.toISeq();
    }

    private double evaluate(Genotype<DoubleGene> genotype, boolean byLocalSearch) {
        return budget.evaluate(() -> fitness.score(codec.decodeGuard(genotype)), byLocalSearch);
    }
}
