package io.hms.ga.search;

import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.Objectives;
import io.hms.ga.replay.ReplayResult;
import io.hms.ga.replay.TraceReplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The objectives of a candidate guard policy, for the {@link ParetoOptimizer}. Usually the mean over a few
 * seeded trace replays ({@link #replay}); any deterministic function will do, which lets tests count or
 * shape evaluations.
 *
 * <pre>{@code
 * PolicyObjectives objectives = PolicyObjectives.replay(TraceReplay.of(model), 1, 2);
 * Objectives o = objectives.evaluate(candidate);
 * }</pre>
 *
 * <p>Implementations must be deterministic (same policy, same objectives) for runs to be repeatable.
 */
@FunctionalInterface
public interface PolicyObjectives {

    /** The objectives of {@code policy}. */
    Objectives evaluate(GuardPolicy policy);

    /**
     * The objective-wise mean of the replays of a policy over the given seeds: every candidate meets the
     * same random draws (common random numbers), so comparisons are fair.
     *
     * @throws IllegalArgumentException if no seed is given
     */
    static PolicyObjectives replay(TraceReplay replay, long... seeds) {
        Objects.requireNonNull(replay, "replay");
        if (seeds.length == 0) {
            throw new IllegalArgumentException("give at least one replay seed");
        }
        long[] copy = seeds.clone();
        return policy -> {
            List<ReplayResult> results = new ArrayList<>(copy.length);
            for (long seed : copy) {
                results.add(replay.replay(policy, seed));
            }
            return Objectives.mean(results);
        };
    }
}
