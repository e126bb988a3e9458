package io.hms.ga.search;

import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.ScoreWeights;
import io.hms.ga.search.internal.Runs;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A configured multi-objective optimizer of a component's guard policy: NSGA-II (Jenetics
 * {@code jenetics.ext}) over a {@link PolicyCodec}, with four objectives from a {@link PolicyObjectives} —
 * maximize goodput, minimize caller-visible error rate, p99 latency and load sent to the dependency — and
 * the Pareto front of every candidate it evaluated as its answer. The weighted score of
 * {@link PolicyOptimizer} is the default; use this when the trade-off itself is wanted, then pick a member
 * with {@link PolicyFront#pick(ScoreWeights, DependencyModel)} (or any preference of your own).
 * Immutable; a run is a lazy {@link Stream} of {@link ParetoGeneration}s, stopped by the evaluation budget
 * and by any {@code takeWhile} you add.
 *
 * <pre>{@code
 * ParetoOptimizer optimizer = ParetoOptimizer.builder(codec, PolicyObjectives.replay(replay, 1, 2))
 *         .populationSize(24).evaluationBudget(600).randomSeed(7).build();
 * PolicyFront front = optimizer.stream(current.guard())
 *         .takeWhile(g -> g.generation() <= 40)
 *         .collect(ParetoGeneration.toLast()).orElseThrow().front();
 * ParetoPolicy chosen = front.pick(ScoreWeights.defaults(), replay.model()).orElseThrow();
 * }</pre>
 *
 * <p>Operators: those of {@link PolicyOptimizer} (Gaussian mutation 0.2, uniform re-draw 0.05, mean
 * recombination 0.3); mating by tournaments of size 3 under Pareto dominance, survival by non-dominated
 * rank and crowding distance ({@code NSGA2Selector}, the NSGA-II environmental selection). Guarantees: a run never makes more
 * evaluations than the budget (the same budget semantics as {@link PolicyOptimizer}: the stream ends after
 * the generation that spends it); every member of a front is decoded by the codec and so lies inside the
 * policy space; the members of a front are mutually non-dominated and differ in their objectives, and while the front holds no more than
 * {@link Builder#frontSize} members none is dominated by any candidate the run evaluated (beyond that the
 * most crowded members are dropped); the same seeds repeat a run exactly. Thread-safe; each stream is one run.
 */
public final class ParetoOptimizer {

    private final PolicyCodec codec;
    private final PolicyObjectives objectives;
    private final int populationSize;
    private final long evaluationBudget;
    private final int frontSize;
    private final long randomSeed;

    private ParetoOptimizer(Builder b) {
        this.codec = b.codec();
        this.objectives = b.objectives;
        this.populationSize = b.populationSize();
        this.evaluationBudget = b.evaluationBudget();
        this.frontSize = b.frontSize;
        this.randomSeed = b.randomSeed();
    }

    /** A builder over {@code codec} and {@code objectives}. */
    public static Builder builder(PolicyCodec codec, PolicyObjectives objectives) {
        return new Builder(Objects.requireNonNull(codec, "codec"), Objects.requireNonNull(objectives, "objectives"));
    }

    /** The codec. */
    public PolicyCodec codec() {
        return codec;
    }

    /** Candidates per generation. */
    public int populationSize() {
        return populationSize;
    }

    /** The most evaluations one run makes. */
    public long evaluationBudget() {
        return evaluationBudget;
    }

    /** The most members a front keeps. */
    public int frontSize() {
        return frontSize;
    }

    /**
     * A new run from a population seeded with {@code start} (the rest random): one result per generation,
     * ending after the generation that spends the budget.
     */
    public Stream<ParetoGeneration> stream(GuardPolicy start) {
        Objects.requireNonNull(start, "start");
        ParetoStepper stepper = new ParetoStepper(codec, objectives, populationSize, evaluationBudget, frontSize,
                randomSeed, start);
        return Runs.stream(stepper::finished, stepper::next);
    }

    /**
     * Configures a {@link ParetoOptimizer}: the settings every engine has ({@link OptimizerBuilder}) and the
     * size of its front. Validates each argument at once. Not thread-safe.
     */
    public static final class Builder extends OptimizerBuilder<Builder> {

        private final PolicyObjectives objectives;
        private int frontSize = 50;

        private Builder(PolicyCodec codec, PolicyObjectives objectives) {
            super(codec, 24);
            this.objectives = objectives;
        }

        /** The most members a front keeps, at least 1; 50 by default. Beyond it the most crowded are dropped. */
        public Builder frontSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("frontSize must be at least 1, got " + size);
            }
            this.frontSize = size;
            return this;
        }

        /** The optimizer. */
        public ParetoOptimizer build() {
            return new ParetoOptimizer(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
