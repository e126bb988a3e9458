package io.hms.benchmarks.live;

import io.hms.api.policy.GuardPolicy;
import io.hms.core.configurator.PatchResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What the runtime promotes after the tuner and the canary: the tuner's candidate when it proposed it and
 * the canary promoted it, else nothing (the start stays).
 *
 * @param promoted the guard policy in force after the canary, when it is not the start
 * @param canary   the canary's verdict in words, or why there was no canary
 */
record Promotion(Optional<GuardPolicy> promoted, String canary) {

    /** What {@link #canary} says when the tuner proposed nothing. */
    static final String NO_PATCH = "no patch (the tuner kept the start)";

    /** Checks the parts. */
    Promotion {
        Objects.requireNonNull(promoted, "promoted");
        Objects.requireNonNull(canary, "canary");
    }

    /**
     * Decides from the tuner's {@code outcome} and the canary's {@code verdict} (none when nothing was
     * proposed; a proposal with no verdict counts as rolled back).
     */
    static Promotion decide(OptimizationOutcome outcome, Optional<PatchResult> verdict) {
        if (outcome.patch().isEmpty()) {
            return new Promotion(Optional.empty(), NO_PATCH);
        }
        if (verdict.isEmpty()) {
            return new Promotion(Optional.empty(), "rolled back by the canary: no verdict");
        }
        PatchResult result = verdict.get();
        return result.promoted()
                ? new Promotion(outcome.patch(), "promoted by the canary: " + result.detail())
                : new Promotion(Optional.empty(), "rolled back by the canary: " + result.detail());
    }

    /** The policy the rounds measure as the winner: the promoted one, else {@code start}. */
    GuardPolicy winner(GuardPolicy start) {
        return promoted.orElse(start);
    }

    /** Whether the winner differs from the start and runs a phase of its own. */
    boolean winnerRuns() {
        return promoted.isPresent();
    }
}
