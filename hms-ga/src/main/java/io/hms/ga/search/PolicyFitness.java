package io.hms.ga.search;

import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.TraceReplay;
import java.util.Objects;

/**
 * The fitness of a candidate guard policy, higher is better. Usually a trace replay averaged over a few
 * seeds ({@link #replay}); any deterministic function will do, which lets tests count or shape
 * evaluations.
 *
 * <pre>{@code
 * PolicyFitness fitness = PolicyFitness.replay(TraceReplay.of(model), 1, 2, 3);
 * double score = fitness.score(candidate);
 * }</pre>
 *
 * <p>Implementations must be deterministic (same policy, same score) for runs to be repeatable.
 */
@FunctionalInterface
public interface PolicyFitness {

    /** The fitness of {@code policy}; higher is better. */
    double score(GuardPolicy policy);

    /**
     * The mean replay score of a policy over the given replay seeds: every candidate meets the same
     * random draws (common random numbers), so comparisons are fair.
     *
     * @throws IllegalArgumentException if no seed is given
     */
    static PolicyFitness replay(TraceReplay replay, long... seeds) {
        Objects.requireNonNull(replay, "replay");
        if (seeds.length == 0) {
            throw new IllegalArgumentException("give at least one replay seed");
        }
        long[] copy = seeds.clone();
        return policy -> {
            double sum = 0;
            for (long seed : copy) {
                sum += replay.score(policy, seed);
            }
            return sum / copy.length;
        };
    }
}
