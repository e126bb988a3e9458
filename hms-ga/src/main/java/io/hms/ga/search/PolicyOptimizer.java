package io.hms.ga.search;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.ParameterRange;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.search.internal.DiscreteSweep;
import io.hms.ga.search.internal.GeneScale;
import io.hms.ga.search.internal.OnePlusOneStrategy;
import io.hms.ga.search.internal.PatternSearch;
import io.hms.ga.search.internal.Refiner;
import io.hms.ga.search.internal.Runs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;

/**
 * A configured optimizer of a component's guard policy: a genetic algorithm (Jenetics) over a
 * {@link PolicyCodec}, optionally memetic — the best of the evaluated start population, then after each
 * generation the best few candidates, are refined by a {@link LocalSearch} — with every evaluation,
 * genetic or local, drawn from one evaluation budget.
 * Immutable; a run is a lazy {@link Stream} of {@link GenerationResult}s, stopped by the budget and by
 * any {@link RunLimits} you add.
 *
 * <pre>{@code
 * PolicyOptimizer optimizer = PolicyOptimizer.builder(codec, PolicyFitness.replay(replay, 1, 2))
 *         .populationSize(20).evaluationBudget(500).localSearch(LocalSearch.defaults()).randomSeed(7)
 *         .build();
 * GenerationResult best = optimizer.stream(current.guard())
 *         .takeWhile(RunLimits.byGenerations(30))
 *         .peek(r -> log.info("gen {}: {}", r.generation(), r.bestFitness()))
 *         .collect(GenerationResult.toBest()).orElseThrow();
 * }</pre>
 *
 * <p>Operators: Gaussian mutation (0.2), uniform re-draw of a gene (0.05), arithmetic mean recombination
 * (0.3), tournament selection of size 3 — those of a plain Jenetics GA, so a memetic run and a plain one
 * ({@link LocalSearch#none()}) differ only in the local search. Guarantees: a run never makes more
 * evaluations than the budget; every candidate is decoded by the codec and so lies inside the policy space;
 * the same seeds repeat a run exactly (evaluations run on the thread that pulls the stream). Thread-safe;
 * each stream is one run.
 */
public final class PolicyOptimizer {

    private final PolicyCodec codec;
    private final PolicyFitness fitness;
    private final int populationSize;
    private final long evaluationBudget;
    private final LocalSearch localSearch;
    private final long randomSeed;

    private PolicyOptimizer(Builder b) {
        this.codec = b.codec();
        this.fitness = b.fitness;
        this.populationSize = b.populationSize();
        this.evaluationBudget = b.evaluationBudget();
        this.localSearch = b.localSearch;
        this.randomSeed = b.randomSeed();
    }

    /** A builder over {@code codec} and {@code fitness}. */
    public static Builder builder(PolicyCodec codec, PolicyFitness fitness) {
        return new Builder(Objects.requireNonNull(codec, "codec"), Objects.requireNonNull(fitness, "fitness"));
    }

    /** The codec. */
    public PolicyCodec codec() {
        return codec;
    }

    /** The fitness. */
    public PolicyFitness fitness() {
        return fitness;
    }

    /** Candidates per generation. */
    public int populationSize() {
        return populationSize;
    }

    /** The most evaluations one run makes. */
    public long evaluationBudget() {
        return evaluationBudget;
    }

    /** The memetic step, {@link LocalSearch#none()} for a plain GA. */
    public LocalSearch localSearch() {
        return localSearch;
    }

    /**
     * A new run from a population seeded with {@code start} (the rest random): one result per generation,
     * ending after the generation that spends the budget.
     */
    public Stream<GenerationResult> stream(GuardPolicy start) {
        return stream(start, List.of());
    }

    /**
     * A new run from a population seeded with {@code start} and {@code alsoSeeded} (known-good policies to
     * start from, e.g. {@code ComponentPolicy.defaults().guard()}, each clamped into the space; as many as the
     * population holds), the rest random; otherwise as {@link #stream(GuardPolicy)}.
     */
    public Stream<GenerationResult> stream(GuardPolicy start, List<GuardPolicy> alsoSeeded) {
        return stream(start, alsoSeeded, Migration.none());
    }

    /**
     * A new run as {@link #stream(GuardPolicy, List)}, one island of several: every {@code migration.interval()}
     * generations it trades its best candidates with the other islands through {@code migration}. Immigrants are
     * evaluated from this run's budget, like any candidate.
     */
    public Stream<GenerationResult> stream(GuardPolicy start, List<GuardPolicy> alsoSeeded, Migration migration) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(migration, "migration");
        List<GuardPolicy> others = List.copyOf(alsoSeeded);
        GenerationStepper stepper = new GenerationStepper(codec, fitness, populationSize, evaluationBudget,
                localSearch.refined(), localSearch.evaluationsPerCandidate(), refiner(), randomSeed, start, others)
                .migrating(migration);
        return Runs.stream(stepper::finished, stepper::next);
    }

    private Refiner refiner() {
        List<Parameter> genes = codec.genes();
        List<DiscreteSweep.Gene> swept = new ArrayList<>();
        for (int i = 0; i < genes.size(); i++) {
            ParameterRange range = codec.space().ranges().get(genes.get(i));
            if (genes.get(i).kind().isDiscrete()
                    && range.max() - range.min() + 1 <= localSearch.sweptValues()) {
                swept.add(new DiscreteSweep.Gene(i, new GeneScale(range)));
            }
        }
        Refiner search;
        if (localSearch.method() == LocalSearch.Method.EVOLUTION_STRATEGY) {
            search = new OnePlusOneStrategy(localSearch.initialStep(), 1e-3,
                    RandomGeneratorFactory.of("L64X128MixRandom").create(randomSeed ^ 0x5DEECE66DL),
                    swept.stream().mapToInt(DiscreteSweep.Gene::index).toArray());
        } else {
            double[] smallest = new double[genes.size()];
            for (int i = 0; i < smallest.length; i++) {
                smallest[i] = genes.get(i).kind().isDiscrete() ? 1.0 : 1e-3;
            }
            search = new PatternSearch(localSearch.initialStep(), smallest).forRun(smallest.length);
        }
        return swept.isEmpty() ? search : new DiscreteSweep(swept, search);
    }

    /**
     * Configures a {@link PolicyOptimizer}: the settings every engine has ({@link OptimizerBuilder}) and its
     * local search. Validates each argument at once. Not thread-safe.
     */
    public static final class Builder extends OptimizerBuilder<Builder> {

        private final PolicyFitness fitness;
        private LocalSearch localSearch = LocalSearch.defaults();

        private Builder(PolicyCodec codec, PolicyFitness fitness) {
            super(codec, 20);
            this.fitness = fitness;
        }

        /** The memetic step; {@link LocalSearch#defaults()} by default, {@link LocalSearch#none()} for a plain GA. */
        public Builder localSearch(LocalSearch search) {
            this.localSearch = Objects.requireNonNull(search, "localSearch");
            return this;
        }

        /** The optimizer. */
        public PolicyOptimizer build() {
            return new PolicyOptimizer(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
