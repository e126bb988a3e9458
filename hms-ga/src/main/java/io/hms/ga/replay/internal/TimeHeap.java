package io.hms.ga.replay.internal;

import java.util.Arrays;

/**
 * A binary min-heap of timed events in two parallel primitive arrays: a due time in nanoseconds and an
 * int payload. Pushing and popping allocate nothing once the arrays have grown to the peak size. Ties
 * pop in an unspecified but deterministic order. Not thread-safe. {@link EventQueue} keeps its far
 * future here; a replay, the ends of attempts the caller no longer waits for.
 */
public final class TimeHeap {

    private long[] times;
    private int[] payloads;
    private int size;

    /** An empty queue with room for {@code capacity} events before it grows. */
    public TimeHeap(int capacity) {
        int c = Math.max(16, capacity);
        times = new long[c];
        payloads = new int[c];
    }

    /** How many events wait. */
    public int size() {
        return size;
    }

    /** Whether no event waits. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The earliest due time; only when not empty. */
    public long peekTime() {
        return times[0];
    }

    /** The payload of the earliest event; only when not empty. */
    public int peekPayload() {
        return payloads[0];
    }

    /** Adds an event. */
    public void push(long time, int payload) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            payloads = Arrays.copyOf(payloads, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (times[parent] <= time) {
                break;
            }
            times[i] = times[parent];
            payloads[i] = payloads[parent];
            i = parent;
        }
        times[i] = time;
        payloads[i] = payload;
    }

    /** Removes the earliest event; read it first with {@link #peekTime()} and {@link #peekPayload()}. */
    public void pop() {
        int last = --size;
        if (last == 0) {
            return;
        }
        long time = times[last];
        int payload = payloads[last];
        int i = 0;
        int half = last >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            long childTime = times[child];
            if (right < last) { // the smaller child, chosen without a hard-to-predict branch
                long rightTime = times[right];
                boolean takeRight = rightTime < childTime;
                child = takeRight ? right : child;
                childTime = takeRight ? rightTime : childTime;
            }
            if (time <= childTime) {
                break;
            }
            times[i] = childTime;
            payloads[i] = payloads[child];
            i = child;
        }
        times[i] = time;
        payloads[i] = payload;
    }
}
