package io.hms.api.event;

/** What came of one repair step. */
public enum RepairOutcome {
    /** The repair ran and the health checks then passed: the incident is over. */
    VERIFIED,
    /** The repair ran but the component is still unhealthy: the healer escalates. */
    UNVERIFIED,
    /** The repair returned {@code false}: it could not run. */
    FAILED,
    /** The repair threw. */
    THREW,
    /** The repair did not finish within its timeout and was abandoned. */
    TIMED_OUT
}
