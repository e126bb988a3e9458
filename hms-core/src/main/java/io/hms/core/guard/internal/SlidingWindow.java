package io.hms.core.guard.internal;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.time.Scheduler;

/**
 * The recent outcomes a closed breaker judges by. Implementations are lock-free; reads are
 * consistent only approximately under concurrent writes (each counter is exact on its own). A window
 * made {@code confined} keeps the same logic on plain storage and must be used by one thread.
 */
public sealed interface SlidingWindow permits CountWindow, TimeWindow {

    /** Records one outcome ({@link Outcomes}). */
    void record(int outcome);

    /** How many calls the window holds. */
    int bufferedCalls();

    /** How many of them failed. */
    int failedCalls();

    /** How many of them were slow. */
    int slowCalls();

    /** The fewest buffered calls at which rates are judged under {@code policy}. */
    int minimumCalls(BreakerPolicy policy);

    /** Forgets every outcome. */
    void clear();

    /**
     * A window shaped for {@code policy}: this one if the shape is unchanged, a resized copy keeping
     * the most recent outcomes, or a fresh window if the type changed. Outcomes recorded into this
     * window while the copy is made may be lost.
     */
    SlidingWindow reshape(BreakerPolicy policy, Scheduler clock);

    /** An empty window shaped for {@code policy}, safe to share; a TIME window reads {@code clock}. */
    static SlidingWindow of(BreakerPolicy policy, Scheduler clock) {
        return of(policy, clock, false);
    }

    /** An empty window shaped for {@code policy}; {@code confined}: plain storage for one thread. */
    static SlidingWindow of(BreakerPolicy policy, Scheduler clock, boolean confined) {
        return policy.windowType() == WindowType.COUNT
                ? CountWindow.of(policy.windowSize(), confined)
                : new TimeWindow(policy.windowSize(), clock, confined);
    }
}
