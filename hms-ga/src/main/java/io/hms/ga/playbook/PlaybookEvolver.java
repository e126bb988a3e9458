package io.hms.ga.playbook;

import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.jenetics.Chromosome;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.Limits;
import io.jenetics.util.RandomRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;

/**
 * Evolves a component's repair playbook — the order of its repair functions and each one's timeout —
 * to minimise the expected time to recover over an {@link IncidentHistory}.
 *
 * <p>The genome is a permutation plus timeouts: one chromosome of random keys (the repairs run in the
 * order of their keys, so every genotype is a valid permutation and ordinary real-valued operators
 * apply) and one chromosome of timeouts, searched on a logarithmic scale within the timeout range.
 *
 * <pre>{@code
 * PlaybookEvolver evolver = PlaybookEvolver.of(IncidentHistory.of(context.incidents("inventory")),
 *         List.of("flush-cache", "restart-pool", "failover")).withRandomSeed(7);
 * EvolvedPlaybook best = evolver.evolve(40);
 * ComponentPolicy candidate = current.withPlaybook(best.playbook());
 * }</pre>
 *
 * <p>Guarantees: the winner names every given repair exactly once, each timeout lies in the timeout
 * range and is whole milliseconds; the same seed repeats a run. Immutable: the {@code with...} methods
 * return new evolvers; thread-safe.
 */
public final class PlaybookEvolver {

    private final IncidentHistory history;
    private final List<String> repairs;
    private final Duration minTimeout;
    private final Duration maxTimeout;
    private final int populationSize;
    private final long randomSeed;

    private PlaybookEvolver(IncidentHistory history, List<String> repairs, Duration minTimeout, Duration maxTimeout,
                            int populationSize, long randomSeed) {
        this.history = history;
        this.repairs = repairs;
        this.minTimeout = minTimeout;
        this.maxTimeout = maxTimeout;
        this.populationSize = populationSize;
        this.randomSeed = randomSeed;
    }

    /**
     * An evolver over {@code repairs} (distinct names), timeouts 100 ms to 10 min, 40 playbooks per
     * generation, random seed 0.
     */
    public static PlaybookEvolver of(IncidentHistory history, List<String> repairs) {
        Objects.requireNonNull(history, "history");
        List<String> names = List.copyOf(repairs);
        if (names.isEmpty() || names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("repairs must be distinct and at least one, got " + names);
        }
        return new PlaybookEvolver(history, names, Duration.ofMillis(100), Duration.ofMinutes(10), 40, 0);
    }

    /** This evolver choosing timeouts in {@code [min, max]}, whole milliseconds, {@code 1 ms <= min <= max}. */
    public PlaybookEvolver withTimeoutRange(Duration min, Duration max) {
        if (min.toMillis() < 1 || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("timeout range must satisfy 1 ms <= min <= max, got [" + min + ", "
                    + max + "]");
        }
        return new PlaybookEvolver(history, repairs, min, max, populationSize, randomSeed);
    }

    /** This evolver with {@code size} playbooks per generation, at least 4. */
    public PlaybookEvolver withPopulationSize(int size) {
        if (size < 4) {
            throw new IllegalArgumentException("populationSize must be at least 4, got " + size);
        }
        return new PlaybookEvolver(history, repairs, minTimeout, maxTimeout, size, randomSeed);
    }

    /** This evolver drawing its randomness from {@code seed}. */
    public PlaybookEvolver withRandomSeed(long seed) {
        return new PlaybookEvolver(history, repairs, minTimeout, maxTimeout, populationSize, seed);
    }

    /** The expected time to recover of {@code playbook}, in seconds. */
    public double expectedRecoverySeconds(Playbook playbook) {
        return history.expectedRecoverySeconds(playbook.steps());
    }

    /** The playbook {@code genotype} stands for. */
    public Playbook decode(Genotype<DoubleGene> genotype) {
        Chromosome<DoubleGene> keys = genotype.get(0);
        Chromosome<DoubleGene> timeouts = genotype.get(1);
        List<Integer> order = new ArrayList<>(IntStream.range(0, repairs.size()).boxed().toList());
        order.sort(Comparator.comparingDouble((Integer i) -> keys.get(i).allele()).thenComparingInt(i -> i));
        List<PlaybookStep> steps = new ArrayList<>(order.size());
        for (int i : order) {
            long millis = Math.round(Math.expm1(timeouts.get(i).allele()));
            millis = Math.max(minTimeout.toMillis(), Math.min(maxTimeout.toMillis(), millis));
            steps.add(new PlaybookStep(repairs.get(i), Duration.ofMillis(millis)));
        }
        return new Playbook(steps);
    }

    /** Runs {@code generations} generations and returns the best playbook seen. */
    public EvolvedPlaybook evolve(long generations) {
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        }
        int n = repairs.size();
        double shortest = Math.log1p(minTimeout.toMillis());
        double longest = Math.nextUp(Math.log1p(maxTimeout.toMillis()));
        Genotype<DoubleGene> shape = Genotype.of(DoubleChromosome.of(0, 1, n), DoubleChromosome.of(shortest, longest, n));
        AtomicLong evaluations = new AtomicLong();
        return RandomRegistry.with(RandomGeneratorFactory.of("L64X256MixRandom").create(randomSeed), random -> {
            Engine<DoubleGene, Double> engine = Engine
                    .builder((Genotype<DoubleGene> g) -> {
                        evaluations.incrementAndGet();
                        return expectedRecoverySeconds(decode(g));
                    }, shape)
                    .minimizing()
                    .populationSize(populationSize)
                    .selector(new TournamentSelector<>(3))
                    .alterers(new GaussianMutator<>(0.25), new Mutator<>(0.05), new UniformCrossover<>(0.3))
                    .executor(Runnable::run)
                    .build();
            EvolutionResult<DoubleGene, Double> result = engine.stream()
                    .limit(Limits.byFixedGeneration(generations))
                    .collect(EvolutionResult.toBestEvolutionResult());
            Phenotype<DoubleGene, Double> best = result.bestPhenotype();
            return new EvolvedPlaybook(decode(best.genotype()), best.fitness(), evaluations.get());
        });
    }
}
