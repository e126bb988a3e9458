package io.hms.ga.search;

import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * What a {@link ParetoOptimizer} run knows after one generation: the Pareto front of every candidate
 * it evaluated so far, and how much of the budget it spent.
 *
 * <pre>{@code
 * PolicyFront front = optimizer.stream(current.guard())
 *         .peek(g -> log.info("gen {}: {} on the front", g.generation(), g.front().size()))
 *         .collect(ParetoGeneration.toLast()).orElseThrow().front();
 * }</pre>
 *
 * @param generation      the generation's number in its run, from 1
 * @param front           the front so far, never empty once a candidate was evaluated
 * @param evaluations     evaluations spent so far in the run
 * @param budgetExhausted whether the evaluation budget is spent (the stream ends after this result)
 */
public record ParetoGeneration(long generation, PolicyFront front, long evaluations, boolean budgetExhausted) {

    /** A collector of the last generation of a run, whose front covers the whole run. */
    public static Collector<ParetoGeneration, ?, Optional<ParetoGeneration>> toLast() {
        return Collectors.reducing((earlier, later) -> later);
    }
}
