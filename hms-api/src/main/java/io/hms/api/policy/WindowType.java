package io.hms.api.policy;

/** How a circuit breaker's sliding window is measured. */
public enum WindowType {
    /** The last N calls. */
    COUNT,
    /** The calls of the last N seconds. */
    TIME
}
