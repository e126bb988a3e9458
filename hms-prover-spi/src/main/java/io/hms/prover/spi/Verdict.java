package io.hms.prover.spi;

/** How a proof attempt ended. */
public enum Verdict {
    /** The backend proved the statement (its negation is unsatisfiable). */
    PROVED,
    /** The backend found a counter-model: the statement does not hold. */
    REFUTED,
    /** The backend gave up without an answer within its own limits. */
    UNKNOWN,
    /** The attempt ran out of its budget (time or resource count) and was stopped. */
    TIMED_OUT,
    /** The backend failed: it threw, died or answered something it should not. */
    CRASHED
}
