package io.hms.core.guard;

import io.hms.api.optimize.CallRecords;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded ring buffer of the most recent attempts of a component's guarded calls: when each
 * started, how long it took, how it ended and which attempt of its call it was. The optimizer replays a
 * {@link #snapshot()} to score candidate policies without touching production.
 *
 * <pre>{@code
 * CallRecords trace = guards.guard("inventory").trace().snapshot();
 * for (int i = 0; i < trace.size(); i++) {
 *     replay(trace.startNanos(i), trace.latencyNanos(i), trace.outcome(i));
 * }
 * }</pre>
 *
 * <p>Thread-safety: recording is lock-free and allocation-free (a cursor claimed with one atomic
 * increment, then plain array writes). A snapshot taken while calls are recorded may see a torn
 * entry (fields of two different attempts in one slot, or a slot not yet written); the optimizer
 * tolerates such noise, and the hot path stays free of fences.
 */
public final class CallTrace {

    /** The capacity of a guard's trace. */
    public static final int DEFAULT_CAPACITY = 4096;

    /** The highest attempt number the trace keeps; it records a later retry as this one. */
    public static final int MAX_ATTEMPT = 127;

    private static final CallRecords.Outcome[] OUTCOMES = CallRecords.Outcome.values();

    private final int mask;
    private final long[] starts;
    private final long[] latencies;
    private final byte[] outcomes;
    private final byte[] attempts;
    private final AtomicLong cursor = new AtomicLong();

    /** A trace of {@link #DEFAULT_CAPACITY} attempts. */
    public CallTrace() {
        this(DEFAULT_CAPACITY);
    }

    /** A trace of at least {@code capacity} attempts, rounded up to a power of two. */
    public CallTrace(int capacity) {
        if (capacity < 1 || capacity > (1 << 24)) {
            throw new IllegalArgumentException("capacity must be in [1, 16777216], got " + capacity);
        }
        int size = Integer.highestOneBit(capacity);
        size = size < capacity ? size << 1 : size;
        this.mask = size - 1;
        this.starts = new long[size];
        this.latencies = new long[size];
        this.outcomes = new byte[size];
        this.attempts = new byte[size];
        Arrays.fill(attempts, (byte) 1); // a slot a snapshot reads before its first write is a first attempt
    }

    /** How many attempts the trace keeps. */
    public int capacity() {
        return mask + 1;
    }

    /** How many attempts were ever recorded. */
    public long recorded() {
        return cursor.get();
    }

    /**
     * Records one attempt.
     *
     * @param startNanos   when it started, on the scheduler's monotonic clock
     * @param latencyNanos how long it took (0 for a refusal)
     * @param outcome      how it ended
     * @param attempt      its number within its call, from 1 (a later one than {@link #MAX_ATTEMPT} is recorded
     *                     as that)
     */
    public void record(long startNanos, long latencyNanos, CallRecords.Outcome outcome, int attempt) {
        int i = (int) (cursor.getAndIncrement() & mask);
        starts[i] = startNanos;
        latencies[i] = latencyNanos;
        outcomes[i] = (byte) outcome.ordinal();
        attempts[i] = (byte) Math.max(1, Math.min(MAX_ATTEMPT, attempt));
    }

    /** The attempts the trace holds, oldest first. */
    public CallRecords snapshot() {
        long end = cursor.get();
        int n = (int) Math.min(end, capacity());
        long[] s = new long[n];
        long[] l = new long[n];
        CallRecords.Outcome[] o = new CallRecords.Outcome[n];
        int[] a = new int[n];
        for (int k = 0; k < n; k++) {
            int i = (int) ((end - n + k) & mask);
            s[k] = starts[i];
            l[k] = latencies[i];
            o[k] = OUTCOMES[outcomes[i]];
            a[k] = attempts[i];
        }
        return new CallRecords(s, l, o, a);
    }
}
