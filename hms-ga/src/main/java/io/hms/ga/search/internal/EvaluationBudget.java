package io.hms.ga.search.internal;

import java.util.function.DoubleSupplier;

/**
 * The evaluations one optimizer run may spend, shared by the genetic step and the local search. An
 * evaluation asked for once the budget is spent is not made: it scores negative infinity and is not
 * counted, so the count never exceeds the limit. One run, one thread; not thread-safe.
 */
public final class EvaluationBudget {

    private final long limit;
    private long used;
    private long usedByLocalSearch;

    /** A budget of {@code limit} evaluations, at least 1. */
    public EvaluationBudget(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("evaluation budget must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    /** Makes the evaluation if the budget allows, else returns negative infinity without counting. */
    public double evaluate(DoubleSupplier evaluation, boolean byLocalSearch) {
        if (used >= limit) {
            return Double.NEGATIVE_INFINITY;
        }
        used++;
        if (byLocalSearch) {
            usedByLocalSearch++;
        }
        return evaluation.getAsDouble();
    }

    /** Whether no evaluation is left. */
    public boolean exhausted() {
        return used >= limit;
    }

    /** Evaluations made. */
    public long used() {
        return used;
    }

    /** Evaluations made by the local search. */
    public long usedByLocalSearch() {
        return usedByLocalSearch;
    }
}
