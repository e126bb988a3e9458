package io.hms.core.guard.internal;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.time.Scheduler;
import java.util.Arrays;

/**
 * The last N outcomes in a ring. A cursor picks the slot; the slot's old outcome is swapped out and
 * the running totals are adjusted by {@code (new - old)}, so reads are O(1). Recording an outcome
 * equal to the one it replaces (the steady state) touches only the cursor. The cursor, the totals and
 * the ring are {@link Cells}: atomic for a guard's breaker, plain for a breaker confined to one thread.
 */
public final class CountWindow implements SlidingWindow {

    private static final int CURSOR = 0;
    private static final int BUFFERED = 1;
    private static final int FAILED = 2;
    private static final int SLOW = 3;
    private static final int RING = 4; // the ring's first cell

    private final int size;
    private final Cells cells;

    /** An empty window of {@code size} calls, safe to share between threads. */
    public CountWindow(int size) {
        this(size, false);
    }

    /** An empty window of {@code size} calls; {@code confined}: plain cells for one thread. */
    public CountWindow(int size, boolean confined) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        this.size = size;
        this.cells = Cells.of(RING + size, confined);
    }

    /** The number of calls the window holds at most. */
    public int size() {
        return size;
    }

    @Override
    public void record(int outcome) {
        int index = RING + nextIndex();
        int old = (int) cells.get(index);
        if (old == outcome) {
            return; // as if swapped: totals are unchanged
        }
        old = (int) cells.getAndSet(index, outcome);
        adjust(old, outcome);
    }

    private int nextIndex() {
        while (true) {
            int current = (int) cells.get(CURSOR);
            int next = current + 1 == size ? 0 : current + 1;
            if (cells.compareAndSet(CURSOR, current, next)) {
                return current;
            }
        }
    }

    private void adjust(int old, int outcome) {
        int recorded = Outcomes.bit(outcome, Outcomes.RECORDED) - Outcomes.bit(old, Outcomes.RECORDED);
        int failedDelta = Outcomes.bit(outcome, Outcomes.FAILED) - Outcomes.bit(old, Outcomes.FAILED);
        int slowDelta = Outcomes.bit(outcome, Outcomes.SLOW) - Outcomes.bit(old, Outcomes.SLOW);
        if (recorded != 0) {
            cells.getAndAdd(BUFFERED, recorded);
        }
        if (failedDelta != 0) {
            cells.getAndAdd(FAILED, failedDelta);
        }
        if (slowDelta != 0) {
            cells.getAndAdd(SLOW, slowDelta);
        }
    }

    @Override
    public int bufferedCalls() {
        return (int) Math.max(0, cells.get(BUFFERED));
    }

    @Override
    public int failedCalls() {
        return (int) Math.max(0, cells.get(FAILED));
    }

    @Override
    public int slowCalls() {
        return (int) Math.max(0, cells.get(SLOW));
    }

    /** A COUNT window judges once {@code min(minimumCalls, windowSize)} calls are buffered. */
    @Override
    public int minimumCalls(BreakerPolicy policy) {
        return Math.min(policy.minimumCalls(), size);
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            adjust((int) cells.getAndSet(RING + i, Outcomes.EMPTY), Outcomes.EMPTY);
        }
    }

    /** The buffered outcomes, oldest first. */
    public int[] outcomes() {
        int start = (int) cells.get(CURSOR);
        int[] all = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int outcome = (int) cells.get(RING + (start + i) % size);
            if (outcome != Outcomes.EMPTY) {
                all[n++] = outcome;
            }
        }
        return Arrays.copyOf(all, n);
    }

    @Override
    public SlidingWindow reshape(BreakerPolicy policy, Scheduler clock) {
        if (policy.windowType() != WindowType.COUNT) {
            return SlidingWindow.of(policy, clock, cells.isConfined());
        }
        if (policy.windowSize() == size) {
            return this;
        }
        CountWindow resized = new CountWindow(policy.windowSize(), cells.isConfined());
        int[] outcomes = outcomes();
        for (int i = Math.max(0, outcomes.length - resized.size); i < outcomes.length; i++) {
            resized.record(outcomes[i]);
        }
        return resized;
    }
}
