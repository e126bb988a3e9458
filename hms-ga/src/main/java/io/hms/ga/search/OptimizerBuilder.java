package io.hms.ga.search;

import java.util.Objects;

/**
 * What configuring either search engine takes: the codec it searches over, the candidates per generation,
 * the evaluation budget of a run and the seed of its randomness. {@link PolicyOptimizer.Builder} and
 * {@link ParetoOptimizer.Builder} add their own settings (the local search, the front's size); every setter
 * returns the engine's own builder, so the settings chain in any order.
 *
 * <pre>{@code
 * PolicyOptimizer optimizer = PolicyOptimizer.builder(codec, fitness)
 *         .populationSize(20).evaluationBudget(500).randomSeed(7)   // shared
 *         .localSearch(LocalSearch.defaults())                      // the memetic GA's own
 *         .build();
 * }</pre>
 *
 * <p>Each setter validates its argument at once and names it in the error. Not thread-safe.
 *
 * @param <B> the engine's builder
 */
public abstract sealed class OptimizerBuilder<B extends OptimizerBuilder<B>>
        permits PolicyOptimizer.Builder, ParetoOptimizer.Builder {

    private final PolicyCodec codec;
    private int populationSize;
    private long evaluationBudget = 1_000;
    private long randomSeed;

    OptimizerBuilder(PolicyCodec codec, int defaultPopulationSize) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.populationSize = defaultPopulationSize;
    }

    /** Candidates per generation, at least 4; 20 by default for a PolicyOptimizer, 24 for a ParetoOptimizer. */
    public B populationSize(int size) {
        if (size < 4) {
            throw new IllegalArgumentException("populationSize must be at least 4, got " + size);
        }
        this.populationSize = size;
        return self();
    }

    /**
     * The most evaluations a run makes, at least 1 (for the memetic GA, genetic and local steps together);
     * 1000 by default.
     */
    public B evaluationBudget(long evaluations) {
        if (evaluations < 1) {
            throw new IllegalArgumentException("evaluationBudget must be at least 1, got " + evaluations);
        }
        this.evaluationBudget = evaluations;
        return self();
    }

    /** The seed of the GA's own randomness (initial population, operators, selection); 0 by default. */
    public B randomSeed(long seed) {
        this.randomSeed = seed;
        return self();
    }

    /** This builder as the engine's own. */
    abstract B self();

    PolicyCodec codec() {
        return codec;
    }

    int populationSize() {
        return populationSize;
    }

    long evaluationBudget() {
        return evaluationBudget;
    }

    long randomSeed() {
        return randomSeed;
    }
}
