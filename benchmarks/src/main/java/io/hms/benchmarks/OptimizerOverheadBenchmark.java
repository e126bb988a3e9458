package io.hms.benchmarks;

import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.GenerationResult;
import io.hms.ga.search.LocalSearch;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyFitness;
import io.hms.ga.search.PolicyOptimizer;
import io.hms.ga.workload.SyntheticWorkloads;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
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
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGeneratorFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@link PolicyOptimizer} costs over a bare Jenetics {@link Engine} doing the same work: the same
 * codec, fitness, population size (20), selector (tournament of 3), alterers (Gaussian mutation 0.2,
 * mutation 0.05, mean recombination 0.3), start genotype, executor (the calling thread) and number of
 * generations ({@value #GENERATIONS}). The optimizer runs plain, without local search, with a budget it
 * never reaches. One operation is one generation ({@link OperationsPerInvocation}): the score is
 * nanoseconds per generation. Each invocation is one whole run with the next seed (0, 1, 2, ...) of its
 * own sequence. {@link #bareEngineLoop} makes exactly the optimizer's runs (same draws, same candidates,
 * same best fitness); {@link #bareEngine}, the stream form, makes other runs of the same engine. One
 * thread.
 *
 * <p>Fitness ({@code fitness} parameter): {@code replay} — the mean score of one trace replay of a
 * 60-second {@link SyntheticWorkloads#transientErrorBursts} trace (the optimizer's real fitness);
 * {@code formula} — a closed form of the decoded policy's fields, so cheap that the engines' own work
 * dominates (the worst case for the ratio).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OptimizerOverheadBenchmark {

    /** Generations per run. */
    public static final int GENERATIONS = 20;
    private static final int POPULATION = 20;

    /** Which fitness both engines optimize. */
    @Param({"formula", "replay"})
    public String fitness;

    private PolicyCodec codec;
    private PolicyFitness score;
    private GuardPolicy start;
    private long optimizerSeed;
    private long engineSeed;
    private long loopSeed;

    /** Builds the codec and the fitness once. */
    @Setup
    public void setUp() {
        codec = PolicyCodec.of(PolicySpace.defaults(), ComponentPolicy.defaults());
        start = GuardPolicy.defaults();
        score = switch (fitness) {
            case "replay" -> PolicyFitness.replay(
                    TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.transientErrorBursts(3L))), 1L);
            case "formula" -> OptimizerOverheadBenchmark::formula;
            default -> throw new IllegalArgumentException("unknown fitness " + fitness);
        };
    }

    private static double formula(GuardPolicy p) {
        double breaker = -Math.abs(p.breaker().failureRateThreshold() - 40) - Math.abs(p.breaker().windowSize() - 60);
        double retry = -p.retry().maxAttempts() * p.retry().initialBackoff().toMillis() / 100.0;
        double limit = -Math.abs(p.limit().maxLimit() - 120) / 10.0;
        return breaker + retry + limit;
    }

    /** {@value #GENERATIONS} generations of a plain {@link PolicyOptimizer} run. */
    @Benchmark
    @OperationsPerInvocation(GENERATIONS)
    public double optimizer() {
        PolicyOptimizer optimizer = PolicyOptimizer.builder(codec, score)
                .populationSize(POPULATION)
                .evaluationBudget(Long.MAX_VALUE)
                .localSearch(LocalSearch.none())
                .randomSeed(optimizerSeed++)
                .build();
        return optimizer.stream(start)
                .limit(GENERATIONS)
                .collect(GenerationResult.toBest()).orElseThrow().bestFitness();
    }

    /**
     * {@value #GENERATIONS} generations of a bare Jenetics engine on the same fitness and operators, as a
     * stream: {@code engine.stream(start).limit(GENERATIONS)} inside one {@link RandomRegistry#with} scope.
     */
    @Benchmark
    @OperationsPerInvocation(GENERATIONS)
    public double bareEngine() {
        Engine<DoubleGene, Double> engine = bare();
        Phenotype<DoubleGene, Double> best = RandomRegistry.with(
                RandomGeneratorFactory.of("L64X256MixRandom").create(engineSeed++),
                r -> engine.stream(startOf())
                        .limit(GENERATIONS)
                        .collect(EvolutionResult.toBestPhenotype()));
        return best.fitness();
    }

    /**
     * {@value #GENERATIONS} generations of the same bare engine, stepped by hand with
     * {@code engine.evolve(start)} in one {@link RandomRegistry#with} scope, from the optimizer's first population
     * (the start policy and random genotypes). Its runs draw the same random numbers as the optimizer's, so
     * both evaluate the same candidates (the stream form above starts from the start policy alone and makes
     * other runs, whose replay cost differs).
     */
    @Benchmark
    @OperationsPerInvocation(GENERATIONS)
    public double bareEngineLoop() {
        Engine<DoubleGene, Double> engine = bare();
        return RandomRegistry.with(RandomGeneratorFactory.of("L64X256MixRandom").create(loopSeed++), r -> {
            EvolutionStart<DoubleGene, Double> start = EvolutionStart.of(firstPopulation(), 1);
            double best = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < GENERATIONS; g++) {
                EvolutionResult<DoubleGene, Double> result = engine.evolve(start);
                best = Math.max(best, result.bestFitness());
                start = result.next();
            }
            return best;
        });
    }

    private Engine<DoubleGene, Double> bare() {
        return Engine.builder(score::score, codec.guardCodec())
                .maximizing()
                .populationSize(POPULATION)
                .selector(new TournamentSelector<>(3))
                .alterers(new GaussianMutator<>(0.2), new Mutator<>(0.05), new MeanAlterer<>(0.3))
                .executor(Runnable::run)
                .build();
    }

    /**
     * The optimizer's first population, drawn the same way from the registry's random: the start policy,
     * then random genotypes.
     */
    private ISeq<Phenotype<DoubleGene, Double>> firstPopulation() {
        MSeq<Phenotype<DoubleGene, Double>> population = MSeq.ofLength(POPULATION);
        population.set(0, Phenotype.of(codec.encode(start), 1));
        for (int i = 1; i < POPULATION; i++) {
            population.set(i, Phenotype.of(codec.newGenotype(), 1));
        }
        return population.toISeq();
    }

    private EvolutionStart<DoubleGene, Double> startOf() {
        return EvolutionStart.of(ISeq.of(Phenotype.<DoubleGene, Double>of(codec.encode(start), 1)), 1);
    }
}
