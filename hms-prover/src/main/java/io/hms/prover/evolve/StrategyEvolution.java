package io.hms.prover.evolve;

import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Theorem;
import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Evolves a proof strategy for a set of training theorems with Jenetics: a genotype of seven integers decoded
 * by {@link StrategySpace}, tournament selection, uniform crossover and mutation, the fitness a {@link Score}
 * on the backend's resource count so that the same seed gives the same strategy. Each strategy is tried once
 * per theorem (results are kept, so a strategy met again costs nothing). The strategy it returns is a schedule
 * when that proves as many training theorems: the best strategy with half the budget, then the fittest one
 * that decides another way ({@link Strategy#then}), since a family's training theorems rarely show every kind
 * of goal its other theorems hold.
 *
 * <pre>{@code
 * StrategyEvolution.Result best = new StrategyEvolution(20, 10, 5_000_000, 42)
 *         .evolve("matching", training, (strategy, theorems) -> prove(strategy, theorems));
 * }</pre>
 */
public final class StrategyEvolution {
    private static final int GENE_RANGE = 840; // divisible by every range of the strategy space
    /**
     * The share of the budget the best strategy keeps when it hands over to the runner-up: half, so that a
     * held-out theorem the best cannot prove still meets a strategy that decides it another way.
     */
    static final double HANDOVER_SHARE = 0.5;
    private final int population;
    private final int generations;
    private final long resourceLimit;
    private final long seed;

    /**
     * An evolution.
     *
     * @param population    strategies per generation, at least 4
     * @param generations   generations after the first, at least 1
     * @param resourceLimit the backend's resource count each attempt may spend
     * @param seed          the seed: the same seed and results give the same strategy
     */
    public StrategyEvolution(int population, int generations, long resourceLimit, long seed) {
        if (population < 4 || generations < 1 || resourceLimit < 1) {
            throw new IllegalArgumentException("an evolution needs a population of at least 4, a generation and a "
                    + "resource limit; got " + population + ", " + generations + ", " + resourceLimit);
        }
        this.population = population;
        this.generations = generations;
        this.resourceLimit = resourceLimit;
        this.seed = seed;
    }

    /**
     * The best strategy found for {@code training}.
     *
     * @param name   the strategies' name, e.g. the family
     * @param prover proves the theorems with a strategy, one result per theorem in order, each within this
     *               evolution's resource limit
     */
    public Result evolve(String name, List<Theorem> training,
                         BiFunction<Strategy, List<Theorem>, List<ProofResult>> prover) {
        Objects.requireNonNull(prover, "prover");
        if (training.isEmpty()) {
            throw new IllegalArgumentException("nothing to evolve a strategy for: the training set of '" + name
                    + "' is empty");
        }
        Map<Strategy, Score> scores = new LinkedHashMap<>();
        Engine<IntegerGene, Double> engine = Engine.builder((Genotype<IntegerGene> g) -> scores.computeIfAbsent(
                        decode(name, g), s -> Score.of(training, prover.apply(s, training), resourceLimit)).fitness(),
                        Genotype.of(IntegerChromosome.of(0, GENE_RANGE - 1, StrategySpace.ranges().length)))
                .maximizing()
                .populationSize(population)
                .selector(new TournamentSelector<>(3))
                .alterers(new UniformCrossover<>(0.3), new Mutator<>(0.2))
                .executor(Runnable::run)
                .build();
        RandomGenerator random = RandomGeneratorFactory.of("L64X256MixRandom").create(seed);
        EvolutionResult<IntegerGene, Double> last = RandomRegistry.with(random, r -> {
            EvolutionStart<IntegerGene, Double> start = EvolutionStart.of(first(r), 1);
            EvolutionResult<IntegerGene, Double> result = null;
            for (int g = 0; g <= generations; g++) {
                result = engine.evolve(start);
                start = result.next();
            }
            return result;
        });
        Strategy best = decode(name, last.bestPhenotype().genotype());
        Score bestScore = scores.get(best);
        List<Tried> tried = List.copyOf(scores.entrySet().stream().map(e -> new Tried(e.getKey(), e.getValue()))
                .toList());
        Strategy runnerUp = runnerUp(best, tried);
        if (runnerUp != null) {
            Strategy schedule = best.then(HANDOVER_SHARE, new Strategy(name + "-runner-up", runnerUp.steps()));
            Score scheduleScore = Score.of(training, prover.apply(schedule, training), resourceLimit);
            if (scheduleScore.solved() >= bestScore.solved()) {
                return new Result(schedule, scheduleScore, tried);
            }
        }
        return new Result(best, bestScore, tried);
    }

    /**
     * The fittest strategy tried whose decider is not {@code best}'s: the one most likely to prove what
     * {@code best} cannot, or {@code null} when every strategy tried decides alike.
     */
    private static Strategy runnerUp(Strategy best, List<Tried> tried) {
        Strategy.Step decider = StrategySpace.decider(best);
        return tried.stream().filter(t -> !StrategySpace.decider(t.strategy()).equals(decider))
                .max(Comparator.comparingDouble(t -> t.score().fitness())).map(Tried::strategy).orElse(null);
    }

    /**
     * The first population: each decider alone (as many as fit: they differ most in what they can prove at all),
     * then random strategies.
     */
    private ISeq<Phenotype<IntegerGene, Double>> first(RandomGenerator random) {
        MSeq<Phenotype<IntegerGene, Double>> first = MSeq.ofLength(population);
        for (int i = 0; i < population; i++) {
            int[] code = StrategySpace.random(random);
            if (i < StrategySpace.DECIDERS.size()) {
                code = new int[code.length];
                code[StrategySpace.DECIDER_GENE] = i;
            }
            first.set(i, Phenotype.of(genotype(code), 1));
        }
        return first.toISeq();
    }

    private static Genotype<IntegerGene> genotype(int[] code) {
        List<IntegerGene> genes = new ArrayList<>();
        for (int c : code) {
            genes.add(IntegerGene.of(c, 0, GENE_RANGE - 1));
        }
        return Genotype.of(IntegerChromosome.of(genes));
    }

    private static Strategy decode(String name, Genotype<IntegerGene> genotype) {
        int[] ranges = StrategySpace.ranges();
        int[] code = new int[ranges.length];
        for (int i = 0; i < code.length; i++) {
            code[i] = genotype.chromosome().get(i).intValue() % ranges[i];
        }
        return StrategySpace.decode(name, code);
    }

    /**
     * What an evolution found.
     *
     * @param best  the best strategy, handing over to the runner-up when that proves as many
     * @param score its score on the training theorems
     * @param tried every strategy tried, with its score, in the order first tried
     */
    public record Result(Strategy best, Score score, List<Tried> tried) {
    }

    /**
     * One strategy tried.
     *
     * @param strategy the strategy
     * @param score    its score
     */
    public record Tried(Strategy strategy, Score score) {
    }
}
