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
    REPAIR_EARLY
}
