package io.hms.prover.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to prove: a backend-neutral genome of solver steps, each a tactic with its parameters and its share
 * of the budget, applied in order as a pipeline: each step transforms the goal (simplifies, eliminates,
 * bit-blasts) and the last one decides it, as Z3's {@code (then (try-for t1 ms) ...)} does. A backend renders
 * it in its own language ({@link Prover#render}); the genetic algorithm evolves it as data.
 *
 * <pre>{@code
 * Strategy s = new Strategy("welfare-smt", List.of(
 *         new Strategy.Step("simplify", Map.of(), 0.1),
 *         new Strategy.Step("smt", Map.of("arith.solver", "6"), 0.9)));
 * }</pre>
 *
 * @param name  a name for reports, e.g. the family it was evolved for
 * @param steps the steps in order; empty for the backend's own default
 */
public record Strategy(String name, List<Step> steps) {

    /** Copies the steps and checks that their shares of the budget add up to at most 1. */
    public Strategy {
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        double shares = steps.stream().mapToDouble(Step::share).sum();
        if (shares > 1.0 + 1e-9) {
            throw new IllegalArgumentException("the steps of strategy '" + name + "' take " + shares
                    + " of the budget; their shares must add up to at most 1");
        }
    }

    /** The backend's own default: no steps. */
    public static Strategy backendDefault() {
        return new Strategy("default", List.of());
    }

    /** Whether this is the backend's own default. */
    public boolean isDefault() {
        return steps.isEmpty();
    }

    /**
     * One step: a tactic (e.g. Z3's {@code simplify}, {@code solve-eqs}, {@code smt}, {@code qfnra-nlsat}),
     * its parameters, and the share of the attempt's budget it may use.
     *
     * @param tactic the tactic's name in the backend's vocabulary
     * @param params the tactic's parameters by name
     * @param share  the share of the budget, in (0, 1]
     */
    public record Step(String tactic, Map<String, String> params, double share) {

        /** Copies the parameters and checks the share. */
        public Step {
            Objects.requireNonNull(tactic, "tactic");
            params = Map.copyOf(Objects.requireNonNull(params, "params"));
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("the share of step '" + tactic + "' must be in (0, 1], got "
                        + share);
            }
        }
    }
}
