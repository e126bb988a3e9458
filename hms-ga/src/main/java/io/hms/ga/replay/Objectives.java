package io.hms.ga.replay;

import java.util.List;
import java.util.Objects;

/**
 * The four objectives of a candidate policy, as the multi-objective optimizer
 * ({@link io.hms.ga.search.ParetoOptimizer}) compares them: goodput is maximized, error rate, p99 latency and
 * load are minimized.
 *
 * <pre>{@code
 * Objectives o = Objectives.of(replay.replay(candidate, 1L));
 * if (o.dominates(Objectives.of(replay.replay(current, 1L)))) { ... }   // better or equal in all, better in one
 * }</pre>
 *
 * @param goodputPerSecond successful calls delivered per second, maximized
 * @param errorRate        the fraction of calls that ended in an error the caller saw, minimized
 * @param p99LatencyNanos  the 99th percentile of caller-visible latency in nanoseconds, minimized
 * @param loadPerSecond    attempts sent to the dependency per second, minimized
 */
public record Objectives(double goodputPerSecond, double errorRate, double p99LatencyNanos, double loadPerSecond) {

    /** How many objectives. */
    public static final int COUNT = 4;

    /** Validates that every objective is a finite number. */
    public Objectives {
        if (!(Double.isFinite(goodputPerSecond) && Double.isFinite(errorRate) && Double.isFinite(p99LatencyNanos)
                && Double.isFinite(loadPerSecond))) {
            throw new IllegalArgumentException("objectives must be finite numbers, got goodput " + goodputPerSecond
                    + ", error rate " + errorRate + ", p99 " + p99LatencyNanos + ", load " + loadPerSecond);
        }
    }

    /** The objectives of one replay. */
    public static Objectives of(ReplayResult r) {
        return new Objectives(r.goodputPerSecond(), r.errorRate(), r.p99LatencyNanos(), r.loadPerSecond());
    }

    /** The objective-wise mean of {@code results}, at least one. */
    public static Objectives mean(List<ReplayResult> results) {
        Objects.requireNonNull(results, "results");
        if (results.isEmpty()) {
            throw new IllegalArgumentException("give at least one replay result to average");
        }
        double g = 0;
        double e = 0;
        double p = 0;
        double l = 0;
        for (ReplayResult r : results) {
            g += r.goodputPerSecond();
            e += r.errorRate();
            p += r.p99LatencyNanos();
            l += r.loadPerSecond();
        }
        int n = results.size();
        return new Objectives(g / n, e / n, p / n, l / n);
    }

    /**
     * The objectives with their directions folded in, every entry higher-is-better:
     * {@code {goodput, -errorRate, -p99, -load}}. This is the fitness vector the Jenetics engine maximizes.
     */
    public double[] maximized() {
        return new double[] {goodputPerSecond, -errorRate, -p99LatencyNanos, -loadPerSecond};
    }

    /** Whether this is at least as good as {@code other} in every objective and better in one (Pareto dominance). */
    public boolean dominates(Objectives other) {
        double[] a = maximized();
        double[] b = other.maximized();
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                return false;
            }
            better |= a[i] > b[i];
        }
        return better;
    }
}
