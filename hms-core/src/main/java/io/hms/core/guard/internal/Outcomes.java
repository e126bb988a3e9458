package io.hms.core.guard.internal;

/**
 * The outcome of one call as recorded by a breaker window: a small bit set, so that a window can
 * adjust its running totals by {@code (new - old)} bit by bit.
 */
public final class Outcomes {

    /** A slot that holds no call yet. */
    public static final int EMPTY = 0;
    /** Set for every recorded call. */
    public static final int RECORDED = 1;
    /** Set when the call failed. */
    public static final int FAILED = 2;
    /** Set when the call was slower than the slow-call duration. */
    public static final int SLOW = 4;

    /** A fast success. */
    public static final int SUCCESS = RECORDED;
    /** A fast failure. */
    public static final int FAILURE = RECORDED | FAILED;

    private Outcomes() {
    }

    /** The outcome of a call that took {@code nanos}. */
    public static int of(boolean failed, long nanos, long slowCallNanos) {
        int outcome = failed ? FAILURE : SUCCESS;
        return nanos > slowCallNanos ? outcome | SLOW : outcome;
    }

    /** 1 if {@code outcome} has {@code bit}, else 0. */
    static int bit(int outcome, int bit) {
        return (outcome & bit) != 0 ? 1 : 0;
    }
}
