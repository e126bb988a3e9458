package io.hms.benchmarks.live;

import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.core.Hms;
import io.hms.core.configurator.ConfiguratorOptions;
import io.hms.core.configurator.PatchResult;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The configurator's canary between the optimizer and the rounds, as the optimizer agent hands a proposal
 * over in production: the candidate is proposed to a runtime whose component runs the start policy, half the
 * calls go through it for the bake window, and the configurator promotes it or rolls it back.
 *
 * @param candidate the guard policy the tuner proposed
 * @param bake      how long the canary bakes before it is judged
 * @param reason    why it is proposed, as the patch carries it
 */
record Canary(GuardPolicy candidate, Duration bake, String reason) {

    /** The share of calls the canary takes. */
    static final double FRACTION = 0.5;
    /** The fewest canary calls the configurator judges; fewer rolls the patch back. */
    static final int MIN_CALLS = 50;
    /** How long after the bake the verdict is waited for; none by then counts as rolled back. */
    static final Duration VERDICT_GRACE = Duration.ofSeconds(10);
    /** How long the load runs past the bake at least, so the verdict lands under load. */
    static final Duration PAST_THE_BAKE = Duration.ofMillis(500);

    /** Checks the parts. */
    Canary {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(reason, "reason");
        if (bake.isNegative() || bake.isZero()) {
            throw new IllegalArgumentException("bake must be positive, got " + bake);
        }
    }

    /** The canary of {@code candidate} for phases of length {@code phase}: it bakes {@link #bake(Duration)}. */
    static Canary of(GuardPolicy candidate, Duration phase, String reason) {
        return new Canary(candidate, bake(phase), reason);
    }

    /** The bake window for phases of length {@code phase}: the phase less 1 s, at least 1 s. */
    static Duration bake(Duration phase) {
        Duration bake = phase.minusSeconds(1);
        return bake.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : bake;
    }

    /** How long the canary phase offers load: the phase, but at least {@link #PAST_THE_BAKE} past the bake. */
    Duration load(Duration phase) {
        Duration least = bake.plus(PAST_THE_BAKE);
        return phase.compareTo(least) < 0 ? least : phase;
    }

    /**
     * The configurator's options of a canary for phases of length {@code phase}: half the calls for the bake
     * window, at least {@link #MIN_CALLS} of them.
     */
    static ConfiguratorOptions options(Duration phase) {
        return ConfiguratorOptions.defaults().withCanary(FRACTION, bake(phase)).withMinCanaryCalls(MIN_CALLS);
    }

    /**
     * A proposal waiting for its verdict.
     *
     * @param patchId    the patch
     * @param verdict    completes with the configurator's verdict
     * @param proposedAt when it was proposed, {@link System#nanoTime()}
     */
    record Pending(String patchId, CompletableFuture<PatchResult> verdict, long proposedAt) {
    }

    /** Proposes the candidate for {@code component} of {@code hms}, on the policy in force there. */
    Pending propose(Hms hms, String component) {
        VersionedPolicy current = hms.registry().policy(component);
        PolicyPatch patch = PolicyPatch.of(component, current.version(), current.policy().withGuard(candidate),
                "live-harness", reason);
        long at = System.nanoTime();
        return new Pending(patch.id(), hms.configurator().propose(patch), at);
    }

    /**
     * The verdict on {@code pending}, waited for until the bake plus {@link #VERDICT_GRACE} after the
     * proposal; none by then, or a proposal that failed, is a rollback saying so.
     */
    PatchResult await(Pending pending) throws InterruptedException {
        long deadline = pending.proposedAt() + bake.plus(VERDICT_GRACE).toNanos();
        try {
            return pending.verdict().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return new PatchResult(pending.patchId(), false, Optional.empty(), String.format(Locale.ROOT,
                    "no verdict within %.1f s of the proposal", bake.plus(VERDICT_GRACE).toMillis() / 1e3));
        } catch (ExecutionException e) {
            return new PatchResult(pending.patchId(), false, Optional.empty(),
                    "the proposal failed: " + e.getCause());
        }
    }
}
