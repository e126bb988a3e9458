package io.hms.api.policy;

import java.util.Objects;

/**
 * Everything that governs one component: its health checks, its guard and its repair playbook.
 * The unit that is versioned, patched, canaried and replicated.
 *
 * @param health   how health is checked and judged
 * @param guard    how calls are guarded
 * @param playbook how the component is repaired
 */
public record ComponentPolicy(HealthPolicy health, GuardPolicy guard, Playbook playbook) {

    /** Validates the fields. */
    public ComponentPolicy {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(playbook, "playbook");
    }

    /** The defaults of each part. */
    public static ComponentPolicy defaults() {
        return new ComponentPolicy(HealthPolicy.defaults(), GuardPolicy.defaults(), Playbook.byLevel());
    }

    /** This policy with another health policy. */
    public ComponentPolicy withHealth(HealthPolicy newHealth) {
        return new ComponentPolicy(newHealth, guard, playbook);
    }

    /** This policy with another guard policy. */
    public ComponentPolicy withGuard(GuardPolicy newGuard) {
        return new ComponentPolicy(health, newGuard, playbook);
    }

    /** This policy with another playbook. */
    public ComponentPolicy withPlaybook(Playbook newPlaybook) {
        return new ComponentPolicy(health, guard, newPlaybook);
    }
}
