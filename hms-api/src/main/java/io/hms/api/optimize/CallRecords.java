package io.hms.api.optimize;

import java.util.Arrays;
import java.util.Objects;

/**
 * A copy of a component's recent guarded call attempts, oldest first, as the optimizer receives it:
 * four parallel columns (start, latency, outcome, and the attempt's number within its call: 1 for the
 * call's first attempt, 2 for its first retry, ...), and a fifth for an attempt that found the concurrency
 * limit full and waited for a place before it started (its wait; the attempt arrived at its start less
 * its wait; zero for the others, and for every attempt of a trace built without the column). The runtime
 * fills it from the guard's call trace;
 * tests and simulations build one by hand. A caller's call is one first attempt, however many retries
 * followed it: {@link #calls()} counts them.
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
    private final int[] attempts;
    private final long[] waitNanos; // null when no attempt waited

    /**
     * Copies the columns of attempts that are each a call of its own (no retries among them), as an
     * unguarded trace or a simulation records them.
     *
     * @param startNanos   when each attempt started, on the runtime's monotonic clock
     * @param latencyNanos how long each took (0 for a refusal)
     * @param outcomes     how each ended
     * @throws IllegalArgumentException if the columns differ in length or an outcome is null
     */
    public CallRecords(long[] startNanos, long[] latencyNanos, Outcome[] outcomes) {
        this(startNanos, latencyNanos, outcomes, firstAttempts(outcomes.length));
    }

    /**
     * Copies the columns.
     *
     * @param startNanos   when each attempt started, on the runtime's monotonic clock
     * @param latencyNanos how long each took (0 for a refusal)
     * @param outcomes     how each ended
     * @param attempts     each attempt's number within its call, from 1 for a call's first attempt
     * @throws IllegalArgumentException if the columns differ in length, an outcome is null or an attempt
     *                                  number is below 1
     */
    public CallRecords(long[] startNanos, long[] latencyNanos, Outcome[] outcomes, int[] attempts) {
        this(startNanos, latencyNanos, outcomes, attempts, null);
    }

    /**
     * Copies the columns, with the waits for a place.
     *
     * @param startNanos   when each attempt started, after any wait for a place, on the runtime's monotonic
     *                     clock
     * @param latencyNanos how long each took (0 for a refusal)
     * @param outcomes     how each ended
     * @param attempts     each attempt's number within its call, from 1 for a call's first attempt
     * @param waitNanos    how long each waited for a place before it started, at least 0; null for none
     * @throws IllegalArgumentException if the columns differ in length, an outcome is null, an attempt
     *                                  number is below 1 or a wait below 0
     */
    public CallRecords(long[] startNanos, long[] latencyNanos, Outcome[] outcomes, int[] attempts,
                       long[] waitNanos) {
        if (startNanos.length != latencyNanos.length || startNanos.length != outcomes.length
                || startNanos.length != attempts.length
                || waitNanos != null && waitNanos.length != startNanos.length) {
            throw new IllegalArgumentException("columns must have one length, got " + startNanos.length + ", "
                    + latencyNanos.length + ", " + outcomes.length
                    + (waitNanos == null ? " and " + attempts.length : ", " + attempts.length + " and " + waitNanos.length));
        }
        for (Outcome o : outcomes) {
            Objects.requireNonNull(o, "an outcome is null; record every attempt's outcome");
        }
        for (int i = 0; i < attempts.length; i++) {
            if (attempts[i] < 1) {
                throw new IllegalArgumentException("attempt " + i + " has number " + attempts[i]
                        + "; number a call's attempts from 1 (its first)");
            }
        }
        this.startNanos = startNanos.clone();
        this.latencyNanos = latencyNanos.clone();
        this.outcomes = outcomes.clone();
        this.attempts = attempts.clone();
        this.waitNanos = waits(waitNanos);
    }

    /** A copy of {@code waits}, or null when there are none or all are zero; refuses a negative one. */
    private static long[] waits(long[] waits) {
        if (waits == null) {
            return null;
        }
        boolean any = false;
        for (int i = 0; i < waits.length; i++) {
            if (waits[i] < 0) {
                throw new IllegalArgumentException("attempt " + i + " waited " + waits[i]
                        + " ns for a place; a wait is 0 or more");
            }
            any |= waits[i] > 0;
        }
        return any ? waits.clone() : null;
    }

    private static int[] firstAttempts(int n) {
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        return ones;
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

    /** Attempt {@code i}'s number within its call: 1 for the call's first attempt. */
    public int attempt(int i) {
        return attempts[i];
    }

    /**
     * How long attempt {@code i} waited for a place before it started, in nanoseconds: 0 unless it found
     * the concurrency limit full and its policy let it wait. It arrived at {@code startNanos(i) - waitNanos(i)}.
     */
    public long waitNanos(int i) {
        Objects.checkIndex(i, startNanos.length);
        return waitNanos == null ? 0 : waitNanos[i];
    }

    /** How many calls the attempts belong to: the first attempts among them. */
    public int calls() {
        int n = 0;
        for (int a : attempts) {
            if (a == 1) {
                n++;
            }
        }
        return n;
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

    /** A copy of the attempt numbers. */
    public int[] attempts() {
        return attempts.clone();
    }

    /** A copy of the waits for a place (zeros when no attempt waited). */
    public long[] waitNanos() {
        return waitNanos == null ? new long[startNanos.length] : waitNanos.clone();
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
