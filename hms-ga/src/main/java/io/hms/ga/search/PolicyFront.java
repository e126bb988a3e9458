package io.hms.ga.search;

import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.Objectives;
import io.hms.ga.replay.ScoreWeights;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A Pareto front of candidate policies: no member is dominated by another member (see
 * {@link Objectives#dominates}), nor by any other candidate the run evaluated while the front has not
 * been trimmed to its {@link ParetoOptimizer#frontSize()} by crowding. What a {@link ParetoOptimizer}
 * returns; pick one member to apply by a scalar preference.
 *
 * <pre>{@code
 * PolicyFront front = optimizer.stream(current.guard()).collect(ParetoGeneration.toLast()).orElseThrow().front();
 * front.members().forEach(m -> log.info("{} -> {}", m.objectives(), m.policy().guard()));
 * ParetoPolicy chosen = front.pick(ScoreWeights.defaults(), model).orElseThrow();
 * }</pre>
 *
 * @param members the members, sorted by goodput, highest first (ties: lower error rate first); immutable
 */
public record PolicyFront(List<ParetoPolicy> members) {

    private static final Comparator<ParetoPolicy> ORDER = Comparator
            .comparingDouble((ParetoPolicy p) -> -p.objectives().goodputPerSecond())
            .thenComparingDouble(p -> p.objectives().errorRate())
            .thenComparingDouble(p -> p.objectives().p99LatencyNanos())
            .thenComparingDouble(p -> p.objectives().loadPerSecond());

    /** Sorts and copies the members. */
    public PolicyFront {
        members = Objects.requireNonNull(members, "members").stream().sorted(ORDER).toList();
    }

    /** How many members. */
    public int size() {
        return members.size();
    }

    /** Whether it has no member (no candidate was evaluated). */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** The member with the highest {@code score} (the first in member order on ties). */
    public Optional<ParetoPolicy> pick(ToDoubleFunction<Objectives> score) {
        Objects.requireNonNull(score, "score");
        ParetoPolicy best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (ParetoPolicy m : members) {
            double s = score.applyAsDouble(m.objectives());
            if (best == null || s > bestScore) {
                best = m;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The member the weighted score prefers on {@code model}'s trace: {@link ScoreWeights#score(Objectives,
     * double, long)} with the trace's offered rate and latency reference. This is how the single-objective
     * optimizer would rank them, so the same weights give a comparable choice.
     */
    public Optional<ParetoPolicy> pick(ScoreWeights weights, DependencyModel model) {
        Objects.requireNonNull(weights, "weights");
        double offered = model.calls() / (Math.max(1, model.durationNanos()) / 1e9);
        long reference = model.referenceLatencyNanos();
        return pick(o -> weights.score(o, offered, reference));
    }
}
