package io.hms.ga.internal;

import java.util.Arrays;

/**
 * The pending events of a discrete-event simulation: (due time in nanoseconds, int payload) pairs popped
 * earliest first. Time is <em>monotone</em>: an event may not be due before the last one popped, which
 * is what a simulation's clock guarantees and what makes this queue cheaper than a heap.
 *
 * <p>A calendar queue: the near future is a ring of {@value #RING} buckets, each {@code 2^k} nanoseconds
 * wide, holding its events in a short linked list, with one bit per non-empty bucket; events further
 * ahead than the ring reaches wait in a binary heap. A push into the near future is an append; a pop finds
 * the next non-empty bucket by its bit and scans that bucket's few events. With the width set so a bucket
 * holds at most about one event at the busiest time ({@link #widthFor}), both are a handful of instructions,
 * where a heap of a few hundred events takes a chain of dependent compares per pop. Nothing is allocated
 * once the node arrays have grown to the peak number of pending events.
 *
 * <p>Events due at the same nanosecond pop in an unspecified but deterministic order. Not thread-safe.
 */
public final class EventQueue {

    /** Buckets in the ring; with the width, how far ahead the near future reaches. */
    static final int RING = 2048;
    private static final int MASK = RING - 1;
    private static final int NONE = -1;

    private final int shift;                 // bucket width = 1 << shift nanoseconds
    private final int[] head = new int[RING]; // first node of each bucket, NONE when empty
    private final long[] occupied = new long[RING / 64];
    private final TimeHeap far = new TimeHeap(16);

    private long[] times;
    private int[] payloads;
    private int[] next;      // the next node of the same bucket, or of the free list
    private int freeNode;
    private int nodes;       // nodes ever used
    private int near;        // events in the ring
    private long lastTime;   // the due time of the last event popped
    private long lastBucket; // lastTime >>> shift

    // The earliest event, once found: its node and the node before it in its bucket, or -1 for the heap.
    private boolean found;
    private int minNode;
    private int minPrev;
    private long minTime = Long.MAX_VALUE;
    private int minPayload;

    /**
     * An empty queue whose buckets are {@code bucketWidthNanos} wide, rounded down to a power of two.
     *
     * @param capacity         events it holds before its arrays grow
     * @param bucketWidthNanos the width of a bucket, at least 1; see {@link #widthFor(double)}
     */
    public EventQueue(int capacity, long bucketWidthNanos) {
        if (bucketWidthNanos < 1) {
            throw new IllegalArgumentException("bucketWidthNanos must be at least 1, got " + bucketWidthNanos);
        }
        this.shift = 63 - Long.numberOfLeadingZeros(bucketWidthNanos);
        int c = Math.max(16, capacity);
        times = new long[c];
        payloads = new int[c];
        next = new int[c];
        freeNode = NONE;
        Arrays.fill(head, NONE);
    }

    /**
     * A bucket width for events due at up to {@code peakEventsPerSecond}: about a quarter of an event per
     * bucket at that rate, so most buckets hold one event or none and a pop rarely scans a list, between
     * a microsecond and about a second.
     */
    public static long widthFor(double peakEventsPerSecond) {
        if (!(peakEventsPerSecond > 0)) {
            return 1L << 30;
        }
        return (long) Math.min(1L << 30, Math.max(1L << 10, 0.25e9 / peakEventsPerSecond));
    }

    /** How many events wait. */
    public int size() {
        return near + far.size();
    }

    /** Whether no event waits. */
    public boolean isEmpty() {
        return near == 0 && far.isEmpty();
    }

    /** The earliest due time; only when not empty. */
    public long peekTime() {
        if (!found) {
            find();
        }
        return minTime;
    }

    /** The payload of the earliest event; only when not empty. */
    public int peekPayload() {
        if (!found) {
            find();
        }
        return minPayload;
    }

    /**
     * Adds an event.
     *
     * @throws IllegalArgumentException if {@code time} is before the last event popped
     */
    public void push(long time, int payload) {
        if (time < lastTime) {
            throw new IllegalArgumentException("an event at " + time + " ns is due before the last one popped ("
                    + lastTime + " ns); simulated time only moves forward");
        }
        if (time < minTime) {
            found = false; // it comes first
        }
        long bucket = time >>> shift;
        if (bucket - lastBucket >= RING) {
            far.push(time, payload);
            return;
        }
        int node = allocate();
        times[node] = time;
        payloads[node] = payload;
        int slot = (int) bucket & MASK;
        next[node] = head[slot];
        if (found && minNode >= 0 && minPrev == NONE && head[slot] == minNode) {
            minPrev = node; // the new node now comes before the earliest one in its bucket
        }
        head[slot] = node;
        occupied[slot >>> 6] |= 1L << slot;
        near++;
    }

    /** Removes the earliest event; read it first with {@link #peekTime()} and {@link #peekPayload()}. */
    public void pop() {
        if (!found) {
            find();
        }
        lastTime = minTime;
        if (minNode < 0) {
            far.pop();
        } else {
            int node = minNode;
            int slot = (int) (lastTime >>> shift) & MASK;
            if (minPrev == NONE) {
                head[slot] = next[node];
                if (head[slot] == NONE) {
                    occupied[slot >>> 6] &= ~(1L << slot);
                }
            } else {
                next[minPrev] = next[node];
            }
            next[node] = freeNode;
            freeNode = node;
            near--;
        }
        lastBucket = lastTime >>> shift;
        found = false;
        minTime = Long.MAX_VALUE;
    }

    /** Finds the earliest event: the first of the first non-empty bucket from the clock on, or the heap's. */
    private void find() {
        minNode = NONE;
        minPrev = NONE;
        if (near > 0) {
            int node = head[firstOccupied((int) lastBucket & MASK)];
            long best = Long.MAX_VALUE;
            int prev = NONE;
            while (node != NONE) { // the last of equal times: the earliest pushed, as nodes are prepended
                long t = times[node];
                if (t <= best) {
                    best = t;
                    minNode = node;
                    minPrev = prev;
                }
                prev = node;
                node = next[node];
            }
            minTime = best;
        }
        if (minNode == NONE || !far.isEmpty() && far.peekTime() <= minTime) {
            minNode = NONE;
            minTime = far.isEmpty() ? Long.MAX_VALUE : far.peekTime();
            minPayload = far.isEmpty() ? 0 : far.peekPayload();
        } else {
            minPayload = payloads[minNode];
        }
        found = true;
    }

    /** The first non-empty bucket at or after {@code from}, going round the ring; only when one is. */
    private int firstOccupied(int from) {
        int word = from >>> 6;
        long bits = occupied[word] & (-1L << from);
        for (int i = 0; bits == 0 && i < occupied.length; i++) {
            word = (word + 1) & (occupied.length - 1);
            bits = occupied[word];
        }
        return word << 6 | Long.numberOfTrailingZeros(bits);
    }

    private int allocate() {
        if (freeNode != NONE) {
            int node = freeNode;
            freeNode = next[node];
            return node;
        }
        if (nodes == times.length) {
            int size = nodes * 2;
            times = Arrays.copyOf(times, size);
            payloads = Arrays.copyOf(payloads, size);
            next = Arrays.copyOf(next, size);
        }
        return nodes++;
    }
}
