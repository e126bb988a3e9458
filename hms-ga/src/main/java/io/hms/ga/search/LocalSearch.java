package io.hms.ga.search;

import java.util.Objects;

/**
 * The memetic step of a {@link PolicyOptimizer}: after each generation the best {@code refined}
 * candidates are improved by a local search, each with up to {@code evaluationsPerCandidate} evaluations,
 * and before the first breeding the best of the evaluated start population is (so the search starts after
 * {@code populationSize} evaluations, not after a whole generation).
 * A candidate that survives into the next generation resumes its search where it stopped (its step sizes
 * and, for the pattern search, its place in the sweep), and one whose search has converged is not refined
 * again. Every evaluation the search makes counts against the optimizer's evaluation budget; the search
 * never leaves a gene's bounds.
 *
 * <p>Before its first step on a candidate the search sweeps the candidate's small integer and choice genes —
 * those with at most {@code sweptValues} values, such as retry attempts (1–5) or the limit algorithm — trying every other value of each,
 * nearest first, and keeping the best. A continuous step cannot cross the plateaus of such a gene (on the
 * overload trace five attempts is a local optimum, two the global one, and three and four are worse than
 * both). The sweep spends at most the values less one per gene, once per candidate, from the candidate's
 * share. Then one of two {@link Method}s (the evolution strategy leaves the swept genes where the sweep put
 * them):
 *
 * <ul>
 *   <li>{@link Method#EVOLUTION_STRATEGY} (the default): a (1+1) evolution strategy — a Gaussian move of
 *       every gene at once, kept when it is better, its step size {@code sigma} (a fraction of each gene's
 *       range, {@code initialStep} at first) set by the 1/5th success rule;</li>
 *   <li>{@link Method#PATTERN}: coordinate pattern search — one step up and one down on a gene, move and
 *       double that gene's step on an improvement, else the next gene; halve the steps after a sweep without
 *       one; genes whose moves changed the fitness in this run first; integer and choice genes never step less than one.</li>
 * </ul>
 *
 * <pre>{@code
 * PolicyOptimizer.builder(codec, fitness).localSearch(LocalSearch.of(2, 16)).build();   // memetic
 * PolicyOptimizer.builder(codec, fitness)                                                 // pattern search
 *         .localSearch(LocalSearch.of(2, 16).withMethod(LocalSearch.Method.PATTERN)).build();
 * PolicyOptimizer.builder(codec, fitness).localSearch(LocalSearch.none()).build();      // plain GA
 * }</pre>
 *
 * <p>On the overload trace the defaults reach the 90, 97 and 99 % targets in under half, about a third and
 * under a fifth of the plain GA's runtime (see {@code benchmarks/README.md}, MemeticTrial).
 *
 * @param refined                 how many of the best candidates are refined per generation, at least 0
 * @param evaluationsPerCandidate how many evaluations one refinement may spend, at least 1
 * @param initialStep             the first step, as a fraction of the gene's range, in (0, 1]
 * @param method                  how a candidate is refined
 * @param sweptValues             integer and choice genes with at most this many values are swept first; 0 sweeps none
 */
public record LocalSearch(int refined, int evaluationsPerCandidate, double initialStep, Method method,
                          int sweptValues) {

    /** Integer genes with at most this many values are swept by default. */
    public static final int DEFAULT_SWEPT_VALUES = 8;

    /** How a candidate is refined. */
    public enum Method {
        /** Coordinate pattern search: one gene at a time, steps doubled on success, halved after a failed sweep. */
        PATTERN,
        /**
         * A (1+1) evolution strategy: a Gaussian move of every gene at once, step size by the 1/5th success
         * rule (grown by half on a success, shrunk on a failure so that one success in five holds it steady).
         */
        EVOLUTION_STRATEGY
    }

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
        Objects.requireNonNull(method, "method");
        if (sweptValues < 0) {
            throw new IllegalArgumentException("sweptValues must be at least 0, got " + sweptValues);
        }
    }

    /** No local search: a plain GA. */
    public static LocalSearch none() {
        return new LocalSearch(0, 1, 0.1, Method.EVOLUTION_STRATEGY, 0);
    }

    /**
     * Refines the best {@code refined} with up to {@code evaluationsPerCandidate} each: a sweep of the integer
     * and choice genes with at most {@value #DEFAULT_SWEPT_VALUES} values, then the evolution strategy, first step 10 % of
     * each gene's range.
     */
    public static LocalSearch of(int refined, int evaluationsPerCandidate) {
        return new LocalSearch(refined, evaluationsPerCandidate, 0.1, Method.EVOLUTION_STRATEGY,
                DEFAULT_SWEPT_VALUES);
    }

    /**
     * Refines the best two with up to sixteen evaluations each, as {@link #of(int, int)} does but with a first
     * step of 15 % of each gene's range: the best of the shares measured on the overload trace (see
     * {@code benchmarks/README.md}, MemeticTrial).
     */
    public static LocalSearch defaults() {
        return of(2, 16).withInitialStep(0.15);
    }

    /** This search refining with {@code newMethod}. */
    public LocalSearch withMethod(Method newMethod) {
        return new LocalSearch(refined, evaluationsPerCandidate, initialStep, newMethod, sweptValues);
    }

    /** This search starting with steps of {@code newInitialStep} of each gene's range. */
    public LocalSearch withInitialStep(double newInitialStep) {
        return new LocalSearch(refined, evaluationsPerCandidate, newInitialStep, method, sweptValues);
    }

    /** This search sweeping the integer and choice genes with at most {@code values} values first; 0 sweeps none. */
    public LocalSearch withSweptValues(int values) {
        return new LocalSearch(refined, evaluationsPerCandidate, initialStep, method, values);
    }

    /** Whether it does anything. */
    public boolean isEnabled() {
        return refined > 0;
    }
}
