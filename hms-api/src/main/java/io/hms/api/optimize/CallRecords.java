package io.hms.api.optimize;

import java.util.Arrays;
import java.util.Objects;

/**
 * A copy of a component's recent guarded call attempts, oldest first, as the optimizer receives it:
 * three parallel columns (start, latency, outcome). The runtime fills it from the guard's call trace;
 * tests and simulations build one by hand.
 *
 * <pre>{@code
 * CallRecords calls = context.trace("inventory");
 * for (int i = 0; i < calls.size(); i++) {
 *     if (calls.outcome(i) == CallRecords.Outcome.SUCCESS) { ... calls.latencyNanos(i) ... }
 * }
 * }</pre>
 *
 * <p>Immutable: the constructor and the column accessors copy. Thread-safe.
 */
public final class CallRecords {

    /** How one attempt ended. */
    public enum Outcome {
        /** The guarded code returned a value. */
        SUCCESS,
        /** The guarded code threw. */
        FAILURE,
        /** The attempt passed its deadline. */
        TIMEOUT,
        /** The breaker or the concurrency limit refused the attempt; the code did not run. */
        REJECTED
    }

    private static final CallRecords EMPTY = new CallRecords(new long[0], new long[0], new Outcome[0]);

    private final long[] startNanos;
    private final long[] latencyNanos;
    private final Outcome[] outcomes;

    /**
     * Copies the columns.
     *
     * @param startNanos   when each attempt started, on the runtime's monotonic clock
     * @param latencyNanos how long each took (0 for a refusal)
     * @param outcomes     how each ended
     * @throws IllegalArgumentException if the columns differ in length or an outcome is null
     */
    public CallRecords(long[] startNanos, long[] latencyNanos, Outcome[] outcomes) {
        if (startNanos.length != latencyNanos.length || startNanos.length != outcomes.length) {
            throw new IllegalArgumentException("columns must have one length, got " + startNanos.length + ", "
                    + latencyNanos.length + " and " + outcomes.length);
        }
        for (Outcome o : outcomes) {
            Objects.requireNonNull(o, "an outcome is null; record every attempt's outcome");
        }
        this.startNanos = startNanos.clone();
        this.latencyNanos = latencyNanos.clone();
        this.outcomes = outcomes.clone();
    }

    /** No attempts. */
    public static CallRecords empty() {
        return EMPTY;
    }

    /** How many attempts. */
    public int size() {
        return startNanos.length;
    }

    /** When attempt {@code i} started. */
    public long startNanos(int i) {
        return startNanos[i];
    }

    /** How long attempt {@code i} took, in nanoseconds. */
    public long latencyNanos(int i) {
        return latencyNanos[i];
    }

    /** How attempt {@code i} ended. */
    public Outcome outcome(int i) {
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
    public Outcome[] outcomes() {
        return outcomes.clone();
    }

    /** How many attempts ended with {@code outcome}. */
    public int count(Outcome outcome) {
        int n = 0;
        for (Outcome o : outcomes) {
            if (o == outcome) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "CallRecords[size=" + size() + ", outcomes=" + Arrays.toString(Arrays.copyOf(outcomes,
                Math.min(outcomes.length, 8))) + (outcomes.length > 8 ? "...]" : "]");
    }
}
