package io.hms.benchmarks.trial;

import io.hms.api.policy.ComponentPolicy;

/**
 * The best policy a {@link PolicyEvolver} run found.
 *
 * @param policy      the winner: the codec's base policy with the evolved guard policy
 * @param score       its fitness, the mean replay score over the evolver's replay seeds (higher is better)
 * @param generations generations run
 * @param evaluations candidate replays scored (each over every replay seed counts once)
 */
public record EvolvedPolicy(ComponentPolicy policy, double score, long generations, long evaluations) {
}
