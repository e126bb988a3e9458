package io.hms.benchmarks.live;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of the phases in a round: the contenders in turn, rotated by one each round so that none is
 * always first (or always runs right after another); the winner is paired with each baseline within the
 * round, on the same seed. When the optimizer patched nothing the winner is the start and does not run
 * again: its figures are the start's.
 */
final class PairSchedule {

    private PairSchedule() {
    }

    /** The contenders to run in round {@code round} (from 0), in order. */
    static List<Contender> order(int round, boolean winnerRuns) {
        List<Contender> base = winnerRuns ? List.of(Contender.WINNER, Contender.START, Contender.DEFAULTS)
                : List.of(Contender.START, Contender.DEFAULTS);
        List<Contender> out = new ArrayList<>(base.size());
        for (int i = 0; i < base.size(); i++) {
            out.add(base.get((i + round) % base.size()));
        }
        return out;
    }

    /** The seed of a round of a variant: fresh for every round and variant, shared by the round's phases. */
    static long seed(long baseSeed, Variant variant, int round) {
        return Draws.mix(baseSeed * 31 + variant.ordinal() * 1_000_003L + round + 1);
    }
}
