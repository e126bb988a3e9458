package io.hms.api.event;

/** The states of a circuit breaker. */
public enum BreakerState {
    /** Calls pass; outcomes are recorded. */
    CLOSED,
    /** Calls are refused until the open duration has passed. */
    OPEN,
    /** A few probe calls pass to decide between CLOSED and OPEN. */
    HALF_OPEN
}
