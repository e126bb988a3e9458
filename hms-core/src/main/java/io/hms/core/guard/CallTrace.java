package io.hms.core.guard;

import io.hms.api.optimize.CallRecords;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded ring buffer of the most recent attempts of a component's guarded calls: when each
 * started, how long it took, how it ended, which attempt of its call it was, and how long it waited for
 * a place when it found the concurrency limit full. The optimizer replays a
 * {@link #snapshot()} to score candidate policies without touching production.
 *
 * <p>A trace costs a few bytes until someone wants it: it records nothing, and holds no ring, until
 * {@link #start()} (the runtime starts a component's trace when its optimizer first asks for it, and a
 * chaos experiment when it begins). From then on it keeps the latest {@link #capacity()} attempts, about
 * 22 bytes each (88 KiB for the default 4,096). A trace of capacity 0 never records.
 *
 * <pre>{@code
 * Guard inventory = guards.guard("inventory");
 * inventory.trace().start();                       // record from now on
 * ...
 * CallRecords trace = inventory.trace().snapshot();
 * for (int i = 0; i < trace.size(); i++) {
 *     replay(trace.startNanos(i), trace.latencyNanos(i), trace.outcome(i));
 * }
 * }</pre>
 *
 * <p>Thread-safety: recording is lock-free and allocation-free (one volatile read of the ring, then a
 * cursor claimed with one atomic increment and plain array writes; a trace not started stops at the
 * read). {@link #start()} may race with recording and with itself. A snapshot taken while calls are
 * recorded may see a torn entry (fields of two different attempts in one slot, or a slot not yet
 * written); the optimizer tolerates such noise, and the hot path stays free of fences.
 */
public final class CallTrace {

    /** The capacity of a guard's trace unless the runtime is told otherwise. */
    public static final int DEFAULT_CAPACITY = 4096;

    /** The largest capacity. */
    public static final int MAX_CAPACITY = 1 << 24;

    /** The highest attempt number the trace keeps; it records a later retry as this one. */
    public static final int MAX_ATTEMPT = 127;

    private static final CallRecords.Outcome[] OUTCOMES = CallRecords.Outcome.values();
    private static final VarHandle RING;

    static {
        try {
            RING = MethodHandles.lookup().findVarHandle(CallTrace.class, "ring", Ring.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int capacity;
    private volatile Ring ring;

    /** A trace of {@link #DEFAULT_CAPACITY} attempts, not started. */
    public CallTrace() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * A trace of at least {@code capacity} attempts once started, rounded up to a power of two; 0 for one
     * that never records.
     */
    public CallTrace(int capacity) {
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("trace capacity must be in [0, " + MAX_CAPACITY
                    + "] (0 turns the trace off), got " + capacity);
        }
        int size = Integer.highestOneBit(capacity);
        this.capacity = size < capacity ? size << 1 : size;
    }

    /** How many attempts the trace keeps once started; 0 if it never records. */
    public int capacity() {
        return capacity;
    }

    /**
     * Starts recording, allocating the ring the first time; idempotent.
     *
     * @return whether the trace records: false only for a capacity of 0
     */
    public boolean start() {
        if (capacity == 0) {
            return false;
        }
        if (ring == null) {
            RING.compareAndSet(this, null, new Ring(capacity)); // a loser's ring is dropped unused
        }
        return true;
    }

    /** Whether the trace has been started (and has a ring). */
    public boolean recording() {
        return ring != null;
    }

    /** How many attempts were recorded since the trace was started. */
    public long recorded() {
        Ring r = ring;
        return r == null ? 0 : r.cursor.get();
    }

    /**
     * Records one attempt if the trace was started; does nothing otherwise.
     *
     * @param startNanos   when it started, on the scheduler's monotonic clock
     * @param latencyNanos how long it took (0 for a refusal)
     * @param outcome      how it ended
     * @param attempt      its number within its call, from 1 (a later one than {@link #MAX_ATTEMPT} is recorded
     *                     as that)
     */
    public void record(long startNanos, long latencyNanos, CallRecords.Outcome outcome, int attempt) {
        record(startNanos, latencyNanos, outcome, attempt, 0);
    }

    /**
     * Records one attempt that waited {@code waitNanos} for a place before it started, if the trace was
     * started; does nothing otherwise. The wait is kept to the microsecond, at most about 35 minutes.
     *
     * @param startNanos   when it started, after its wait, on the scheduler's monotonic clock
     * @param latencyNanos how long it took (0 for a refusal)
     * @param outcome      how it ended
     * @param attempt      its number within its call, from 1 (a later one than {@link #MAX_ATTEMPT} is recorded
     *                     as that)
     * @param waitNanos    how long it waited for a place; 0 if it did not
     */
    public void record(long startNanos, long latencyNanos, CallRecords.Outcome outcome, int attempt, long waitNanos) {
        Ring r = ring;
        if (r != null) {
            r.record(startNanos, latencyNanos, outcome, attempt, waitNanos);
        }
    }

    /** The attempts the trace holds, oldest first; empty until it is started. */
    public CallRecords snapshot() {
        Ring r = ring;
        return r == null ? CallRecords.empty() : r.snapshot();
    }

    /** The recorded attempts: parallel arrays indexed by a cursor's low bits. */
    private static final class Ring {

        private final int mask;
        private final long[] starts;
        private final long[] latencies;
        private final byte[] outcomes;
        private final byte[] attempts;
        private final int[] waitMicros;
        private final AtomicLong cursor = new AtomicLong();

        Ring(int size) {
            this.mask = size - 1;
            this.starts = new long[size];
            this.latencies = new long[size];
            this.outcomes = new byte[size];
            this.attempts = new byte[size];
            this.waitMicros = new int[size];
            Arrays.fill(attempts, (byte) 1); // a slot a snapshot reads before its first write is a first attempt
        }

        void record(long startNanos, long latencyNanos, CallRecords.Outcome outcome, int attempt, long waitNanos) {
            int i = (int) (cursor.getAndIncrement() & mask);
            starts[i] = startNanos;
            latencies[i] = latencyNanos;
            outcomes[i] = (byte) outcome.ordinal();
            attempts[i] = (byte) Math.max(1, Math.min(MAX_ATTEMPT, attempt));
            waitMicros[i] = (int) Math.max(0, Math.min(Integer.MAX_VALUE, (waitNanos + 500) / 1_000));
        }

        CallRecords snapshot() {
            long end = cursor.get();
            int n = (int) Math.min(end, mask + 1L);
            long[] s = new long[n];
            long[] l = new long[n];
            CallRecords.Outcome[] o = new CallRecords.Outcome[n];
            int[] a = new int[n];
            long[] w = new long[n];
            for (int k = 0; k < n; k++) {
                int i = (int) ((end - n + k) & mask);
                s[k] = starts[i];
                l[k] = latencies[i];
                o[k] = OUTCOMES[outcomes[i]];
                a[k] = attempts[i];
                w[k] = waitMicros[i] * 1_000L;
            }
            return new CallRecords(s, l, o, a, w);
        }
    }
}
