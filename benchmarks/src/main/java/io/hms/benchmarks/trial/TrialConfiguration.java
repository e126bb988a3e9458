package io.hms.benchmarks.trial;

import io.hms.ga.search.PolicyOptimizer;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A named optimizer setup of an {@link OperatorTrial}: it configures a {@link PolicyOptimizer.Builder}
 * (population, local search, …); the trial then sets the evaluation budget and the random seed itself, so
 * both configurations run with the same budget and seeds whatever the setup says.
 *
 * <pre>{@code
 * TrialConfiguration plain = new TrialConfiguration("plain", b -> b.localSearch(LocalSearch.none()));
 * TrialConfiguration memetic = new TrialConfiguration("memetic", b -> b.localSearch(LocalSearch.defaults()));
 * }</pre>
 *
 * @param name  how the report names it
 * @param setup configures a fresh builder and returns it
 */
public record TrialConfiguration(String name, UnaryOperator<PolicyOptimizer.Builder> setup) {

    /** Validates the fields. */
    public TrialConfiguration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(setup, "setup");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a trial configuration needs a name");
        }
    }
}
