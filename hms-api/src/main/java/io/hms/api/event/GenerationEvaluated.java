package io.hms.api.event;

import java.time.Instant;

/**
 * The optimizer finished one generation of its search for a component's policy. One event per
 * generation, so a dashboard can follow a run as it happens.
 *
 * <pre>{@code
 * hms.events().subscribe(GenerationEvaluated.class, g -> log.info("{} gen {}: best {} mean {} ({} evaluations)",
 *         g.component(), g.generation(), g.bestFitness(), g.meanFitness(), g.evaluations()));
 * }</pre>
 *
 * @param time        when the generation ended
 * @param component   the component whose policy is searched
 * @param generation  the generation's number within its run, from 1
 * @param bestFitness the best fitness seen so far in the run (higher is better)
 * @param meanFitness the mean fitness of the generation's evaluated candidates
 * @param evaluations candidate evaluations spent so far in the run, local search included
 */
public record GenerationEvaluated(Instant time, String component, long generation, double bestFitness,
                                  double meanFitness, long evaluations) implements ComponentEvent {
}
