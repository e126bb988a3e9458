package io.hms.examples.checkout;

/** What is wrong with the inventory service. */
public enum Fault {
    /** Nothing. */
    NONE,
    /** Every call fails with an exception: a poisoned connection pool. */
    ERRORS,
    /** Every call takes far longer than the guard allows: a leaking client. */
    LATENCY,
    /** Every call blocks until interrupted: a deadlocked client. */
    HANG
}
