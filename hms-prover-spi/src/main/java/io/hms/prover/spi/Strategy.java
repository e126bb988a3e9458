package io.hms.prover.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to prove: a backend-neutral genome of solver steps, each a tactic with its parameters and its share
 * of the budget, applied in order as a pipeline: each step transforms the goal (simplifies, eliminates,
 * bit-blasts) and the last one decides it, as Z3's {@code (then (try-for t1 ms) ...)} does. A backend renders
 * it in its own language ({@link Prover#render}); the genetic algorithm evolves it as data.
 *
 * <p>A strategy may hand over: when its steps have not settled the goal within their shares, what is left of
 * the budget goes to {@code otherwise} (a schedule, as theorem provers run one: a strategy that proves
 * different theorems gets its turn), whose own shares are of what is left.
 *
 * <pre>{@code
 * Strategy s = new Strategy("welfare-smt", List.of(
 *         new Strategy.Step("simplify", Map.of(), 0.1),
 *         new Strategy.Step("smt", Map.of("arith.solver", "6"), 0.9)));
 * }</pre>
 *
 * @param name      a name for reports, e.g. the family it was evolved for
 * @param steps     the steps in order; empty for the backend's own default
 * @param otherwise the strategy that has the rest of the budget when these steps do not settle the goal, or
 *                  {@code null} for none
 */
public record Strategy(String name, List<Step> steps, Strategy otherwise) {

    /**
     * Copies the steps and checks that their shares of the budget add up to at most 1, and to less than 1
     * when another strategy is to have the rest.
     */
    public Strategy {
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        double shares = share(steps);
        if (shares > 1.0 + 1e-9) {
            throw new IllegalArgumentException("the steps of strategy '" + name + "' take " + shares
                    + " of the budget; their shares must add up to at most 1");
        }
        if (otherwise != null && (steps.isEmpty() || shares > 1.0 - 1e-9)) {
            throw new IllegalArgumentException("strategy '" + name + "' hands over to '" + otherwise.name()
                    + "' but leaves it nothing: give its steps shares that add up to less than 1");
        }
    }

    /** A strategy that does not hand over. */
    public Strategy(String name, List<Step> steps) {
        this(name, steps, null);
    }

    /** The share of the budget this strategy's own steps take; what is left goes to {@link #otherwise}. */
    public double share() {
        return share(steps);
    }

    /**
     * This strategy's steps with {@code share} of the budget between them (their proportions kept), then
     * {@code next} with the rest.
     *
     * @throws IllegalArgumentException when {@code share} is not in (0, 1) or this is the backend's default
     */
    public Strategy then(double share, Strategy next) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("a strategy that hands over takes a share in (0, 1), got " + share);
        }
        if (isDefault()) {
            throw new IllegalArgumentException("the backend's default has no steps to share the budget with '"
                    + next.name() + "': hand over from a strategy with steps");
        }
        double own = share();
        List<Step> scaled = steps.stream().map(s -> new Step(s.tactic(), s.params(), s.share() / own * share)).toList();
        return new Strategy(name, scaled, Objects.requireNonNull(next, "next"));
    }

    /**
     * A short description for reports: the steps' tactics (with parameters) in order and, when this strategy hands
     * over, its share and the next one, e.g. {@code "simplify → qflia for 50 %, then smt{case_split=5}"}; the
     * default is {@code "default"}.
     */
    public String describe() {
        if (isDefault()) {
            return "default";
        }
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append(out.isEmpty() ? "" : " → ").append(step.tactic())
                    .append(step.params().isEmpty() ? "" : new TreeMap<>(step.params()).toString());
        }
        if (otherwise != null) {
            out.append(" for ").append(Math.round(share() * 100)).append(" %, then ").append(otherwise.describe());
        }
        return out.toString();
    }

    private static double share(List<Step> steps) {
        return steps.stream().mapToDouble(Step::share).sum();
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
