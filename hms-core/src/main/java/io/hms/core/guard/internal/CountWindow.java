package io.hms.core.guard.internal;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.time.Scheduler;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The last N outcomes in a ring. A cursor picks the slot; the slot's old outcome is swapped out and
 * the running totals are adjusted by {@code (new - old)}, so reads are O(1). Recording an outcome
 * equal to the one it replaces (the steady state) touches only the cursor.
 */
public final class CountWindow implements SlidingWindow {

    private final int size;
    private final AtomicIntegerArray ring;
    private final AtomicInteger cursor = new AtomicInteger();
    private final AtomicInteger buffered = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();

    /** An empty window of {@code size} calls. */
    public CountWindow(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        this.size = size;
        this.ring = new AtomicIntegerArray(size);
    }

    /** The number of calls the window holds at most. */
    public int size() {
        return size;
    }

    @Override
    public void record(int outcome) {
        int index = nextIndex();
        int old = ring.get(index);
        if (old == outcome) {
            return; // as if swapped: totals are unchanged
        }
        old = ring.getAndSet(index, outcome);
        adjust(old, outcome);
    }

    private int nextIndex() {
        while (true) {
            int current = cursor.get();
            int next = current + 1 == size ? 0 : current + 1;
            if (cursor.compareAndSet(current, next)) {
                return current;
            }
        }
    }

    private void adjust(int old, int outcome) {
        int recorded = Outcomes.bit(outcome, Outcomes.RECORDED) - Outcomes.bit(old, Outcomes.RECORDED);
        int failedDelta = Outcomes.bit(outcome, Outcomes.FAILED) - Outcomes.bit(old, Outcomes.FAILED);
        int slowDelta = Outcomes.bit(outcome, Outcomes.SLOW) - Outcomes.bit(old, Outcomes.SLOW);
        if (recorded != 0) {
            buffered.addAndGet(recorded);
        }
        if (failedDelta != 0) {
            failed.addAndGet(failedDelta);
        }
        if (slowDelta != 0) {
            slow.addAndGet(slowDelta);
        }
    }

    @Override
    public int bufferedCalls() {
        return Math.max(0, buffered.get());
    }

    @Override
    public int failedCalls() {
        return Math.max(0, failed.get());
    }

    @Override
    public int slowCalls() {
        return Math.max(0, slow.get());
    }

    /** A COUNT window judges once {@code min(minimumCalls, windowSize)} calls are buffered. */
    @Override
    public int minimumCalls(BreakerPolicy policy) {
        return Math.min(policy.minimumCalls(), size);
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            adjust(ring.getAndSet(i, Outcomes.EMPTY), Outcomes.EMPTY);
        }
    }

    /** The buffered outcomes, oldest first. */
    public int[] outcomes() {
        int start = cursor.get();
        int[] all = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int outcome = ring.get((start + i) % size);
            if (outcome != Outcomes.EMPTY) {
                all[n++] = outcome;
            }
        }
        return Arrays.copyOf(all, n);
    }

    @Override
    public SlidingWindow reshape(BreakerPolicy policy, Scheduler clock) {
        if (policy.windowType() != WindowType.COUNT) {
            return SlidingWindow.of(policy, clock);
        }
        if (policy.windowSize() == size) {
            return this;
        }
        CountWindow resized = new CountWindow(policy.windowSize());
        int[] outcomes = outcomes();
        for (int i = Math.max(0, outcomes.length - resized.size); i < outcomes.length; i++) {
            resized.record(outcomes[i]);
        }
        return resized;
    }
}
