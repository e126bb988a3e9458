package io.hms.ga.search.internal;

import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.util.function.ToDoubleFunction;

/**
 * A local search a memetic GA runs on its best candidates: {@link PatternSearch} or
 * {@link OnePlusOneStrategy}. A candidate's {@link State} outlives one refinement, so a survivor resumes
 * where its search stopped in the next generation. One run, one thread.
 */
public interface Refiner {

    /** Where the search of one candidate stands. */
    interface State {

        /** Whether refining the candidate further is pointless. */
        boolean converged();
    }

    /** A fresh state for refining {@code g}. */
    State newState(Genotype<DoubleGene> g);

    /**
     * Climbs from {@code start} while it has evaluations left, resuming from {@code state} and updating it.
     *
     * @param fitness     evaluates a genotype; negative infinity means "no evaluation left"
     * @param evaluations the most evaluations to make
     * @return the best point found, {@code start} itself when nothing better turned up
     */
    PatternSearch.Point refine(PatternSearch.Point start, ToDoubleFunction<Genotype<DoubleGene>> fitness,
                               int evaluations, State state);
}
