package io.hms.ga.replay;

import io.hms.api.policy.GuardPolicy;
import java.util.Objects;

/**
 * Scores a candidate {@link GuardPolicy} by replaying a recorded trace's offered load against a
 * {@link DependencyModel} through the real guard pieces — the state machine of a
 * {@link io.hms.core.guard.CircuitBreaker} and a {@link io.hms.core.guard.ConcurrencyLimiter}, made
 * confined to the replaying thread (the guard's logic on plain fields instead of atomics) — with the
 * policy's retry and timeout, on virtual time: no threads, no sleeping, a whole trace in milliseconds.
 *
 * <pre>{@code
 * TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(trace));
 * ReplayResult result = replay.replay(candidate, 42L);
 * double fitness = result.score();   // higher is better; see ScoreWeights
 * }</pre>
 *
 * <p>Guarantees: deterministic — the same model, policy and seed give the same result, bit for bit; the
 * seed drives which attempts fail, their latencies and the retry jitter. Common random numbers: each draw
 * is keyed by the seed, the call's place in the trace, the attempt number and what the draw is for, so
 * under one seed a call's attempt meets the same dependency whatever the policy; two policies' outcomes
 * differ only where the policies change the odds (load on the dependency, the time an attempt is sent)
 * or the attempts made, which keeps the score smooth in the policy. Thread-safe: every call replays
 * on its own state, so a GA may evaluate candidates in parallel. A replay allocates its arrays up front
 * and nothing per event in steady state (breaker transitions publish one event object each).
 */
public final class TraceReplay {

    private final DependencyModel model;
    private final ScoreWeights weights;

    private TraceReplay(DependencyModel model, ScoreWeights weights) {
        this.model = model;
        this.weights = weights;
    }

    /** A replay of {@code model} scored with {@link ScoreWeights#defaults()}. */
    public static TraceReplay of(DependencyModel model) {
        return new TraceReplay(Objects.requireNonNull(model, "model"), ScoreWeights.defaults());
    }

    /** This replay scored with {@code newWeights}. */
    public TraceReplay withWeights(ScoreWeights newWeights) {
        return new TraceReplay(model, Objects.requireNonNull(newWeights, "weights"));
    }

    /** The dependency it replays against. */
    public DependencyModel model() {
        return model;
    }

    /** The weights of its score. */
    public ScoreWeights weights() {
        return weights;
    }

    /** Replays the trace under {@code policy}, drawing randomness from {@code seed}. */
    public ReplayResult replay(GuardPolicy policy, long seed) {
        return new ReplayRun(model, Objects.requireNonNull(policy, "policy"), seed).run(weights);
    }

    /** The score of {@link #replay}; higher is better. */
    public double score(GuardPolicy policy, long seed) {
        return replay(policy, seed).score();
    }
}
