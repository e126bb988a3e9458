package io.hms.benchmarks.live;

import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one round: a phase per contender, all on the round's seed.
 *
 * @param round   the round's number, from 0
 * @param results each contender's phase (the winner's is the start's when nothing was patched)
 */
public record RoundResult(int round, Map<Contender, PhaseResult> results) {

    /** Copies the map. */
    public RoundResult {
        results = new EnumMap<>(results);
    }

    /** The contender's phase. */
    public PhaseResult of(Contender c) {
        PhaseResult r = results.get(c);
        if (r == null) {
            throw new IllegalStateException("round " + round + " has no phase of " + c);
        }
        return r;
    }

    /** The winner's goodput over {@code baseline}'s. */
    public double goodputRatio(Contender baseline) {
        return ratio(of(Contender.WINNER).goodput(), of(baseline).goodput());
    }

    /** The winner's error rate less {@code baseline}'s, in percentage points. */
    public double errorPoints(Contender baseline) {
        return 100 * (of(Contender.WINNER).errorRate() - of(baseline).errorRate());
    }

    /** {@code a / b}; 1 when both are 0, infinite when only {@code b} is. */
    static double ratio(double a, double b) {
        if (b == 0) {
            return a == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        return a / b;
    }
}
