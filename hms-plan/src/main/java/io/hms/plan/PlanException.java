package io.hms.plan;

import java.util.List;

/**
 * A plan that cannot be used, with every problem found at its place. Nothing is applied from a plan that
 * throws this.
 *
 * <pre>{@code
 * try {
 *     Plans.read(file);
 * } catch (PlanException e) {
 *     e.problems().forEach(System.err::println);    // file:line:column: path: what; fix
 * }
 * }</pre>
 */
public final class PlanException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems, in the order of the file. */
    private final transient List<PlanProblem> problems;

    /** @param problems at least one */
    public PlanException(List<PlanProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<PlanProblem> problems) {
        StringBuilder text = new StringBuilder(problems.size() == 1 ? "the plan has a problem:"
                : "the plan has " + problems.size() + " problems:");
        for (PlanProblem p : problems) {
            text.append(System.lineSeparator()).append("  ").append(p);
        }
        return text.toString();
    }

    /** The problems, in the order of the file. */
    public List<PlanProblem> problems() {
        return problems;
    }
}
