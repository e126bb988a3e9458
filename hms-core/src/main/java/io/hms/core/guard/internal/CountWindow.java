package io.hms.core.guard.internal;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.time.Scheduler;
import java.util.Arrays;

/**
 * The last N outcomes in a ring. A cursor picks the slot; the slot's old outcome is swapped out and
 * the running totals are adjusted by {@code (new - old)}, so reads are O(1). Recording an outcome
 * equal to the one it replaces (the steady state) touches only the cursor.
 *
 * <p>The logic lives here once; two final subclasses hold the storage. {@link #of(int)} makes the
 * shared one (atomics, for a guard's breaker, called by many threads); {@link #of(int, boolean)} with
 * {@code confined} makes one on plain fields for a breaker that one thread drives (a simulation on
 * virtual time). A JVM that never makes the confined kind sees one subclass, so the storage calls
 * inline as if the fields were here.
 */
public abstract sealed class CountWindow implements SlidingWindow permits SharedCountWindow, ConfinedCountWindow {

    static final int BUFFERED = 0;
    static final int FAILED = 1;
    static final int SLOW = 2;

    final int size;

    CountWindow(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        this.size = size;
    }

    /** An empty window of {@code size} calls, safe to share between threads. */
    public static CountWindow of(int size) {
        return of(size, false);
    }

    /** An empty window of {@code size} calls; {@code confined}: plain fields, for one thread only. */
    public static CountWindow of(int size, boolean confined) {
        return confined ? new ConfinedCountWindow(size) : new SharedCountWindow(size);
    }

    /** Whether the storage is plain fields for one thread. */
    abstract boolean confined();

    /** The cursor's value. */
    abstract int cursor();

    /** Moves the cursor from {@code current} to {@code next} if it is still there. */
    abstract boolean moveCursor(int current, int next);

    /** The outcome in ring slot {@code i}. */
    abstract int slot(int i);

    /** Puts {@code outcome} in ring slot {@code i}; returns the outcome it replaced. */
    abstract int swap(int i, int outcome);

    /** Adds {@code delta} to total {@code which} ({@link #BUFFERED}, {@link #FAILED}, {@link #SLOW}). */
    abstract void add(int which, int delta);

    /** Total {@code which}. */
    abstract int total(int which);

    /** The number of calls the window holds at most. */
    public int size() {
        return size;
    }

    @Override
    public void record(int outcome) {
        int index = nextIndex();
        int old = slot(index);
        if (old == outcome) {
            return; // as if swapped: totals are unchanged
        }
        old = swap(index, outcome);
        adjust(old, outcome);
    }

    private int nextIndex() {
        while (true) {
            int current = cursor();
            int next = current + 1 == size ? 0 : current + 1;
            if (moveCursor(current, next)) {
                return current;
            }
        }
    }

    private void adjust(int old, int outcome) {
        int recorded = Outcomes.bit(outcome, Outcomes.RECORDED) - Outcomes.bit(old, Outcomes.RECORDED);
        int failedDelta = Outcomes.bit(outcome, Outcomes.FAILED) - Outcomes.bit(old, Outcomes.FAILED);
        int slowDelta = Outcomes.bit(outcome, Outcomes.SLOW) - Outcomes.bit(old, Outcomes.SLOW);
        if (recorded != 0) {
            add(BUFFERED, recorded);
        }
        if (failedDelta != 0) {
            add(FAILED, failedDelta);
        }
        if (slowDelta != 0) {
            add(SLOW, slowDelta);
        }
    }

    @Override
    public int bufferedCalls() {
        return Math.max(0, total(BUFFERED));
    }

    @Override
    public int failedCalls() {
        return Math.max(0, total(FAILED));
    }

    @Override
    public int slowCalls() {
        return Math.max(0, total(SLOW));
    }

    /** A COUNT window judges once {@code min(minimumCalls, windowSize)} calls are buffered. */
    @Override
    public int minimumCalls(BreakerPolicy policy) {
        return Math.min(policy.minimumCalls(), size);
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            adjust(swap(i, Outcomes.EMPTY), Outcomes.EMPTY);
        }
    }

    /** The buffered outcomes, oldest first. */
    public int[] outcomes() {
        int start = cursor();
        int[] all = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int outcome = slot((start + i) % size);
            if (outcome != Outcomes.EMPTY) {
                all[n++] = outcome;
            }
        }
        return Arrays.copyOf(all, n);
    }

    @Override
    public SlidingWindow reshape(BreakerPolicy policy, Scheduler clock) {
        if (policy.windowType() != WindowType.COUNT) {
            return SlidingWindow.of(policy, clock, confined());
        }
        if (policy.windowSize() == size) {
            return this;
        }
        CountWindow resized = of(policy.windowSize(), confined());
        int[] outcomes = outcomes();
        for (int i = Math.max(0, outcomes.length - resized.size); i < outcomes.length; i++) {
            resized.record(outcomes[i]);
        }
        return resized;
    }
}
