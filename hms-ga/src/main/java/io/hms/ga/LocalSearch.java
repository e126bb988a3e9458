package io.hms.ga;

/**
 * The memetic step of a {@link PolicyOptimizer}: after each generation the best {@code refined}
 * candidates are improved by a pattern search over the genes (coordinate hill climbing: try one step up
 * and one step down on a gene, move and double that gene's step on an improvement, else go on to the next
 * gene; halve the steps after a sweep without one). Genes whose moves changed the fitness in this run are
 * tried first, and a candidate that survives into the next generation resumes its search where it stopped.
 * Steps start at {@code initialStep} of each gene's range; integer genes never step less than one.
 * Every evaluation the search makes counts against the optimizer's evaluation budget; the search
 * never leaves a gene's bounds.
 *
 * <pre>{@code
 * PolicyOptimizer.builder(codec, fitness).localSearch(LocalSearch.of(2, 12)).build();   // memetic
 * PolicyOptimizer.builder(codec, fitness).localSearch(LocalSearch.none()).build();      // plain GA
 * }</pre>
 *
 * @param refined                 how many of the best candidates are refined per generation, at least 0
 * @param evaluationsPerCandidate how many evaluations one refinement may spend, at least 1
 * @param initialStep             the first step, as a fraction of the gene's range, in (0, 1]
 */
public record LocalSearch(int refined, int evaluationsPerCandidate, double initialStep) {

    /** Validates the fields. */
    public LocalSearch {
        if (refined < 0) {
            throw new IllegalArgumentException("refined must be at least 0, got " + refined);
        }
        if (evaluationsPerCandidate < 1) {
            throw new IllegalArgumentException("evaluationsPerCandidate must be at least 1, got "
                    + evaluationsPerCandidate);
        }
        if (!(initialStep > 0 && initialStep <= 1)) {
            throw new IllegalArgumentException("initialStep must be in (0, 1], got " + initialStep);
        }
    }

    /** No local search: a plain GA. */
    public static LocalSearch none() {
        return new LocalSearch(0, 1, 0.1);
    }

    /** Refines the best {@code refined} with up to {@code evaluationsPerCandidate} each, first step 10 %. */
    public static LocalSearch of(int refined, int evaluationsPerCandidate) {
        return new LocalSearch(refined, evaluationsPerCandidate, 0.1);
    }

    /**
     * Refines the best two with up to twelve evaluations each, first step 10 % of each gene's range. On the
     * overload trace other shares (the best one with 8 or 16, the best three with 8, steps of 5 or 20 %) did
     * no better within the noise of ten runs (see {@code benchmarks/README.md}, MemeticTrial).
     */
    public static LocalSearch defaults() {
        return of(2, 12);
    }

    /** Whether it does anything. */
    public boolean isEnabled() {
        return refined > 0;
    }
}
