package io.hms.api;

/** What a registered function does for its component. */
public enum FunctionKind {
    /** Tells whether the component is healthy ({@link HealthCheckFunction}). */
    HEALTH_CHECK,
    /** Repairs the component at a level of its ladder ({@link RepairFunction}). */
    REPAIR,
    /** Answers in place of the component when a guarded call fails ({@link FallbackFunction}). */
    FALLBACK,
    /** Retunes the host's own resources when a new policy is promoted ({@link OptimizeFunction}). */
    OPTIMIZE
}
