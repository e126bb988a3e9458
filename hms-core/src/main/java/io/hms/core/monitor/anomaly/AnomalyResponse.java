package io.hms.core.monitor.anomaly;

/** What the runtime does when the monitor raises an {@link io.hms.api.event.AnomalyDetected}, beyond publishing it. */
public enum AnomalyResponse {

    /** Publish it and nothing more: the optimizer looks at the component's trace, people see it. */
    NOTHING,

    /**
     * The healer works the component's repair ladder at once, as for an incident, from its first step: the
     * first repair verified (health not DOWN, breaker CLOSED) closes it; when none is, the incident closes as
     * recovered on its own if no signal says the component fails. A component whose health then turns DOWN
     * within the playbook's re-open window re-opens that incident after the step that ran.
     */
    REPAIR_EARLY,

    /**
     * The configurator applies a tighter guard to the component at once, for as long as the anomaly lasts: its
     * breaker opens on half the failure rate and half the calls, and calls are not retried (a dependency that
     * is going wrong gets no retry storm), the rest of the policy as it was. When the anomaly is over, the
     * policy from before is applied again, unless the policy was changed meanwhile. Both are patches with
     * source {@code anomaly}, in the policy's history. In a cluster the patch is committed for every instance;
     * a guard already tightened by another instance's anomaly is not tightened twice.
     */
    TIGHTER_GUARD
}
