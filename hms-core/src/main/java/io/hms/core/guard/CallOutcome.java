package io.hms.core.guard;

/** How one attempt of a guarded call ended, as recorded in a {@link CallTrace}. */
public enum CallOutcome {
    /** The guarded code returned a value. */
    SUCCESS,
    /** The guarded code threw. */
    FAILURE,
    /** The attempt passed its deadline. */
    TIMEOUT,
    /** The breaker or the concurrency limit refused the attempt; the code did not run. */
    REJECTED
}
