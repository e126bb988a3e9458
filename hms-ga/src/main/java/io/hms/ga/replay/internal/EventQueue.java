package io.hms.ga.replay.internal;

import java.util.Arrays;

/**
 * The pending events of a discrete-event simulation, popped earliest first: each a due time in nanoseconds,
 * a <em>key</em> and a small <em>tag</em>. At most one event per key is pending at a time: a simulation keys
 * an event by the entity it belongs to (a call waits for one thing at a time), and the key is then the
 * event's node, so the queue keeps no pool of nodes of its own. Time is <em>monotone</em>: an event may not
 * be due before the last one popped, which is what a simulation's clock guarantees and what makes this
 * queue cheaper than a heap.
 *
 * <p>A calendar queue: the near future is a ring of {@value #RING} buckets, each {@code 2^k} nanoseconds
 * wide, holding its events in a short linked list, with one bit per non-empty bucket; events further
 * ahead than the ring reaches wait in a binary heap. A push into the near future is a prepend; a pop finds
 * the next non-empty bucket by its bit and scans that bucket's few events. With the width set so a bucket
 * holds at most about one event at the busiest time ({@link #widthFor}), both are a handful of instructions,
 * where a heap of a few hundred events takes a chain of dependent compares per pop. Nothing is allocated
 * once the node arrays have grown to the highest key.
 *
 * <p>The earliest event is known at all times: a push that comes first takes its place, and a pop looks for
 * the next one at once, not at the next peek. A simulation's next step hangs on that time (is the next
 * arrival due first, or this event?), and a branch the processor cannot predict waits for it; found
 * during the pop, it is ready while the caller still handles the event it popped.
 *
 * <p>Events due at the same nanosecond pop in an unspecified but deterministic order. Not thread-safe.
 */
public final class EventQueue {

    /** The bits of an event's tag: a tag is in [0, 2^TAG_BITS). */
    public static final int TAG_BITS = 4;
    /** The highest key. */
    public static final int MAX_KEY = (1 << (31 - TAG_BITS)) - 1;
    /** Buckets in the ring; with the width, how far ahead the near future reaches. */
    static final int RING = 2048;
    private static final int TAG_MASK = (1 << TAG_BITS) - 1;
    private static final int MASK = RING - 1;
    private static final int NONE = -1;

    private final int shift;                 // bucket width = 1 << shift nanoseconds
    private final int[] head = new int[RING]; // first node of each bucket, NONE when empty
    private final long[] occupied = new long[RING / 64];
    private final TimeHeap far = new TimeHeap(16);

    // By node, which is the event's key: its due time, its key and tag packed (key << TAG_BITS | tag, the
    // payload the heap keeps too), and the next node of its bucket.
    private long[] times;
    private int[] payloads;
    private int[] next;
    private int near;        // events in the ring
    private long lastTime;   // the due time of the last event popped
    private long lastBucket; // lastTime >>> shift

    // The earliest event, kept by every push and pop: its node and the node before it in its bucket
    // (NONE when it heads the bucket), or minNode NONE when it is the heap's; minTime Long.MAX_VALUE when empty.
    private int minNode = NONE;
    private int minPrev = NONE;
    private long minTime = Long.MAX_VALUE;
    private int minPayload;

    /**
     * An empty queue whose buckets are {@code bucketWidthNanos} wide, rounded down to a power of two.
     *
     * @param capacity         keys it holds before its arrays grow
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

    /**
     * The earliest due time, or {@link Long#MAX_VALUE} when no event waits ({@link #isEmpty()} tells that
     * apart from an event due then).
     */
    public long peekTime() {
        return minTime;
    }

    /** The key of the earliest event; only when not empty. */
    public int peekKey() {
        return minPayload >>> TAG_BITS;
    }

    /** The tag of the earliest event; only when not empty. */
    public int peekTag() {
        return minPayload & TAG_MASK;
    }

    /**
     * Adds the event of {@code key}, which must have no event pending.
     *
     * @param time when it is due, in nanoseconds
     * @param key  in [0, {@link #MAX_KEY}]
     * @param tag  in [0, 2^{@value #TAG_BITS})
     * @throws IllegalArgumentException if {@code time} is before the last event popped, or the key or tag is
     *                                  out of range
     */
    public void push(long time, int key, int tag) {
        if (time < lastTime) {
            throw new IllegalArgumentException("an event at " + time + " ns is due before the last one popped ("
                    + lastTime + " ns); simulated time only moves forward");
        }
        if ((key >>> (31 - TAG_BITS) | tag >>> TAG_BITS) != 0) {
            throw new IllegalArgumentException("key " + key + " or tag " + tag + " out of range: keys are in [0, "
                    + MAX_KEY + "], tags in [0, " + TAG_MASK + "]");
        }
        int payload = key << TAG_BITS | tag;
        // Earlier than the earliest; or due at MAX_VALUE, the time of an empty queue, into an empty one.
        boolean first = time <= minTime && (time < minTime || isEmpty());
        long bucket = time >>> shift;
        if (bucket - lastBucket >= RING) { // beyond the ring, so after every event in it
            far.push(time, payload);
            if (first) {
                setMin(NONE, NONE, time, payload);
            }
            return;
        }
        int node = key;
        if (node >= times.length) {
            grow(node);
        }
        times[node] = time;
        payloads[node] = payload;
        int slot = (int) bucket & MASK;
        int previousHead = head[slot];
        next[node] = previousHead;
        head[slot] = node;
        occupied[slot >>> 6] |= 1L << slot;
        near++;
        if (first) {
            setMin(node, NONE, time, payload);
        } else if (minPrev == NONE && minNode != NONE && previousHead == minNode) {
            minPrev = node; // the new node now comes before the earliest one in its bucket
        }
    }

    /**
     * Removes the earliest event; only when not empty. Read it first with {@link #peekTime()},
     * {@link #peekKey()} and {@link #peekTag()}; its key is then free for a new event.
     */
    public void pop() {
        lastTime = minTime;
        if (minNode == NONE) {
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
            near--;
        }
        lastBucket = lastTime >>> shift;
        findMin(); // now rather than at the next peek: the caller's next branch waits on it
    }

    private void setMin(int node, int prev, long time, int payload) {
        minNode = node;
        minPrev = prev;
        minTime = time;
        minPayload = payload;
    }

    /** Finds the earliest event: the first of the first non-empty bucket from the clock on, or the heap's. */
    private void findMin() {
        int node = NONE;
        int prev = NONE;
        long best = Long.MAX_VALUE;
        if (near > 0) {
            node = head[firstOccupied((int) lastBucket & MASK)];
            best = times[node];
            int before = node;
            int at = next[node];
            while (at != NONE) { // the last of equal times: the earliest pushed, as nodes are prepended
                long t = times[at];
                if (t <= best) {
                    best = t;
                    node = at;
                    prev = before;
                }
                before = at;
                at = next[at];
            }
        }
        if (!far.isEmpty() && far.peekTime() <= best) {
            setMin(NONE, NONE, far.peekTime(), far.peekPayload());
        } else {
            setMin(node, prev, best, node == NONE ? 0 : payloads[node]);
        }
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

    private void grow(int key) {
        int size = Math.max(key + 1, (int) Math.min(MAX_KEY + 1L, 2L * times.length));
        times = Arrays.copyOf(times, size);
        payloads = Arrays.copyOf(payloads, size);
        next = Arrays.copyOf(next, size);
    }
}
