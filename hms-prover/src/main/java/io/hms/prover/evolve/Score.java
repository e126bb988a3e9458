package io.hms.prover.evolve;

import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Theorem;
import java.util.List;

/**
 * How a strategy did on a set of theorems: how many it settled as expected, and its PAR-2 cost in the
 * backend's resource count (an unsettled theorem costs twice the limit), the fitness being
 * {@code solved - par2 / (2 × limit)}, so that one more theorem solved always outweighs any saving.
 *
 * @param solved        the theorems settled as expected
 * @param theorems      how many were tried
 * @param par2          the summed PAR-2 cost in resource counts
 * @param resourceLimit the resource limit of each attempt
 */
public record Score(int solved, int theorems, long par2, long resourceLimit) {
    /** The score of {@code results}, one per theorem in order. */
    public static Score of(List<Theorem> theorems, List<ProofResult> results, long resourceLimit) {
        int solved = 0;
        long par2 = 0;
        for (int i = 0; i < theorems.size(); i++) {
            ProofResult r = results.get(i);
            boolean ok = r.verdict() == theorems.get(i).expected();
            solved += ok ? 1 : 0;
            par2 += ok ? Math.min(r.resourceCount(), resourceLimit) : 2 * resourceLimit;
        }
        return new Score(solved, theorems.size(), par2, resourceLimit);
    }

    /** The fitness: theorems solved, less the PAR-2 cost as a fraction of one. */
    public double fitness() {
        return solved - (theorems == 0 ? 0 : par2 / (2.0 * resourceLimit * theorems));
    }
}
