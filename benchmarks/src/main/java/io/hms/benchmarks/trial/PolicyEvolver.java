package io.hms.benchmarks.trial;

import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.PolicyCodec;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.MeanAlterer;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.Limits;
import io.jenetics.util.RandomRegistry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGeneratorFactory;

/**
 * A plain genetic algorithm (a Jenetics {@link Engine}) over a {@link PolicyCodec}, with fitness by
 * {@link TraceReplay}: each candidate is replayed once per replay seed and scored by the mean, so every
 * candidate meets the same random draws (common random numbers) and the comparison is fair. The baseline
 * kept for comparison with hms-ga's {@link io.hms.ga.search.PolicyOptimizer}, whose operators it shares: no local
 * search, no shared evaluation budget, a fixed number of generations.
 *
 * <pre>{@code
 * PolicyEvolver evolver = PolicyEvolver.of(codec, TraceReplay.of(DependencyModel.fromTrace(trace)))
 *         .withPopulationSize(30).withReplaySeeds(1, 2, 3).withRandomSeed(7);
 * EvolvedPolicy best = evolver.evolve(current.guard(), 20);   // the current policy seeds the population
 * }</pre>
 *
 * <p>Operators: Gaussian mutation (probability 0.2), uniform re-draw of a gene (0.05), arithmetic mean
 * recombination (0.3), tournament selection of size 3. Guarantees: the winner is decoded by the codec, so it
 * lies inside the policy space; with the same seeds a run is repeatable, since candidates are evaluated on
 * the calling thread. Immutable: the {@code with...} methods return new evolvers; thread-safe.
 */
public final class PolicyEvolver {

    private final PolicyCodec codec;
    private final TraceReplay replay;
    private final int populationSize;
    private final long[] replaySeeds;
    private final long randomSeed;

    private PolicyEvolver(PolicyCodec codec, TraceReplay replay, int populationSize, long[] replaySeeds,
                          long randomSeed) {
        this.codec = codec;
        this.replay = replay;
        this.populationSize = populationSize;
        this.replaySeeds = replaySeeds;
        this.randomSeed = randomSeed;
    }

    /** An evolver with a population of 30, replay seeds {1, 2, 3} and random seed 0. */
    public static PolicyEvolver of(PolicyCodec codec, TraceReplay replay) {
        return new PolicyEvolver(Objects.requireNonNull(codec, "codec"), Objects.requireNonNull(replay, "replay"),
                30, new long[] {1, 2, 3}, 0);
    }

    /** This evolver with {@code size} candidates per generation, at least 4. */
    public PolicyEvolver withPopulationSize(int size) {
        if (size < 4) {
            throw new IllegalArgumentException("populationSize must be at least 4, got " + size);
        }
        return new PolicyEvolver(codec, replay, size, replaySeeds, randomSeed);
    }

    /** This evolver scoring each candidate by its mean over replays with {@code seeds} (at least one). */
    public PolicyEvolver withReplaySeeds(long... seeds) {
        if (seeds.length == 0) {
            throw new IllegalArgumentException("give at least one replay seed");
        }
        return new PolicyEvolver(codec, replay, populationSize, seeds.clone(), randomSeed);
    }

    /** This evolver drawing the GA's own randomness (initial population, operators) from {@code seed}. */
    public PolicyEvolver withRandomSeed(long seed) {
        return new PolicyEvolver(codec, replay, populationSize, replaySeeds, seed);
    }

    /** The fitness of {@code policy}: its mean replay score over the replay seeds. */
    public double fitness(GuardPolicy policy) {
        double sum = 0;
        for (long seed : replaySeeds) {
            sum += replay.score(policy, seed);
        }
        return sum / replaySeeds.length;
    }

    /**
     * Runs {@code generations} generations from a population seeded with {@code start} (the rest random)
     * and returns the best candidate seen.
     */
    public EvolvedPolicy evolve(GuardPolicy start, long generations) {
        Objects.requireNonNull(start, "start");
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        AtomicLong evaluations = new AtomicLong();
        return RandomRegistry.with(RandomGeneratorFactory.of("L64X256MixRandom").create(randomSeed), random -> {
            Engine<DoubleGene, Double> engine = Engine
                    .builder((GuardPolicy p) -> {
                        evaluations.incrementAndGet();
                        return fitness(p);
                    }, codec.guardCodec())
                    .maximizing()
                    .populationSize(populationSize)
                    .selector(new TournamentSelector<>(3))
                    .alterers(new GaussianMutator<>(0.2), new Mutator<>(0.05), new MeanAlterer<>(0.3))
                    .executor(Runnable::run)
                    .build();
            EvolutionResult<DoubleGene, Double> result = engine.stream(List.of(codec.encode(start)))
                    .limit(Limits.byFixedGeneration(generations))
                    .collect(EvolutionResult.toBestEvolutionResult());
            Phenotype<DoubleGene, Double> best = result.bestPhenotype();
            ComponentPolicy winner = codec.decode(best.genotype());
            return new EvolvedPolicy(winner, best.fitness(), result.totalGenerations(), evaluations.get());
        });
    }
}
