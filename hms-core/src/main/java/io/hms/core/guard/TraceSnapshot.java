package io.hms.core.guard;

import java.util.Arrays;

/**
 * An immutable copy of a {@link CallTrace}: parallel arrays of attempts, oldest first. Read an
 * attempt with the indexed accessors, or copy a whole column with the array accessors.
 *
 * <p>Thread-safe (immutable).
 */
public final class TraceSnapshot {

    private final long[] startNanos;
    private final long[] latencyNanos;
    private final CallOutcome[] outcomes;

    TraceSnapshot(long[] startNanos, long[] latencyNanos, CallOutcome[] outcomes) {
        this.startNanos = startNanos;
        this.latencyNanos = latencyNanos;
        this.outcomes = outcomes;
    }

    /**
     * A snapshot of the given columns, copied; for simulations that build traces by hand.
     *
     * @throws IllegalArgumentException if the columns differ in length
     */
    public static TraceSnapshot of(long[] startNanos, long[] latencyNanos, CallOutcome[] outcomes) {
        if (startNanos.length != latencyNanos.length || startNanos.length != outcomes.length) {
            throw new IllegalArgumentException("columns must have one length, got " + startNanos.length + ", "
                    + latencyNanos.length + " and " + outcomes.length);
        }
        return new TraceSnapshot(startNanos.clone(), latencyNanos.clone(), outcomes.clone());
    }

    /** How many attempts. */
    public int size() {
        return startNanos.length;
    }

    /** When attempt {@code i} started, on the scheduler's monotonic clock. */
    public long startNanos(int i) {
        return startNanos[i];
    }

    /** How long attempt {@code i} took, in nanoseconds (0 for a refusal). */
    public long latencyNanos(int i) {
        return latencyNanos[i];
    }

    /** How attempt {@code i} ended. */
    public CallOutcome outcome(int i) {
        return outcomes[i];
    }

    /** A copy of the start times. */
    public long[] startNanos() {
        return startNanos.clone();
    }

    /** A copy of the latencies. */
    public long[] latencyNanos() {
        return latencyNanos.clone();
    }

    /** A copy of the outcomes. */
    public CallOutcome[] outcomes() {
        return outcomes.clone();
    }

    /** How many attempts ended with {@code outcome}. */
    public int count(CallOutcome outcome) {
        int n = 0;
        for (CallOutcome o : outcomes) {
            if (o == outcome) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "TraceSnapshot[size=" + size() + ", outcomes=" + Arrays.toString(Arrays.copyOf(outcomes,
                Math.min(outcomes.length, 16))) + (outcomes.length > 16 ? "...]" : "]");
    }
}
