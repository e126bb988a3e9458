package io.hms.ga.search;

import io.hms.api.policy.ComponentPolicy;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * What a {@link PolicyOptimizer} run knows after one generation (its genetic step and, if enabled, its
 * local search): the best candidate so far and how much of the budget went into finding it.
 *
 * <pre>{@code
 * GenerationResult last = optimizer.stream(current.guard())
 *         .takeWhile(RunLimits.byGenerations(20))
 *         .collect(GenerationResult.toBest()).orElseThrow();
 * }</pre>
 *
 * @param generation             the generation's number in its run, from 1
 * @param bestPolicy             the best candidate seen so far in the run, inside the codec's space
 * @param bestFitness            its fitness
 * @param meanFitness            the mean fitness of this generation's evaluated candidates
 * @param evaluations            evaluations spent so far in the run, local search included
 * @param localSearchEvaluations of those, the ones the local search spent
 * @param budgetExhausted        whether the evaluation budget is spent (the stream ends after this result)
 */
public record GenerationResult(long generation, ComponentPolicy bestPolicy, double bestFitness, double meanFitness,
                               long evaluations, long localSearchEvaluations, boolean budgetExhausted) {

    private static final Comparator<GenerationResult> BY_FITNESS_THEN_LATER =
            Comparator.comparingDouble(GenerationResult::bestFitness).thenComparingLong(GenerationResult::generation);

    /** A collector of the result with the highest best fitness (the later one on ties). */
    public static Collector<GenerationResult, ?, Optional<GenerationResult>> toBest() {
        return Collectors.reducing(BinaryOperator.maxBy(BY_FITNESS_THEN_LATER));
    }
}
