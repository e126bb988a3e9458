package io.hms.consensus.linearizability;

/** How an operation of a recorded history ended, as its client saw it. */
public enum Outcome {
    /** Completed: it took effect exactly once, between its invocation and its completion. */
    OK,
    /** Refused: it certainly did not take effect. */
    FAIL,
    /**
     * Unknown (an "info" outcome): it may or may not have taken effect, at any time after its
     * invocation; it stays open to the end of the history.
     */
    UNKNOWN
}
