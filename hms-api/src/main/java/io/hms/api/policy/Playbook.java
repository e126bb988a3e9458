package io.hms.api.policy;

import java.util.List;

/**
 * The ordered repair steps the healer runs for a component, verifying health after each.
 *
 * <p>An empty playbook means "the component's registered repairs in level order, each with its own
 * timeout", the usual case; the optimizer may evolve an explicit order.
 *
 * @param steps the steps in the order they run, immutable
 */
public record Playbook(List<PlaybookStep> steps) {

    private static final Playbook BY_LEVEL = new Playbook(List.of());

    /** Copies the steps. */
    public Playbook {
        steps = List.copyOf(steps);
    }

    /** The registered repairs in level order. */
    public static Playbook byLevel() {
        return BY_LEVEL;
    }

    /** An explicit order. */
    public static Playbook of(PlaybookStep... steps) {
        return new Playbook(List.of(steps));
    }

    /** Whether this is the default, level order. */
    public boolean isByLevel() {
        return steps.isEmpty();
    }
}
