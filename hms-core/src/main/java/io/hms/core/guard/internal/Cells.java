package io.hms.core.guard.internal;

/**
 * A fixed row of {@code long} cells, the storage that the TIME breaker window and the concurrency limiter
 * keep their counters in (a COUNT window has its own two storage subclasses of {@link CountWindow}). The logic that reads and changes the counters is written once against this
 * interface; the storage decides what the operations cost:
 *
 * <ul>
 *   <li>{@link #shared(int)}: atomic cells (volatile reads, compare-and-set, atomic adds) for objects
 *       that many threads call at once, as every guard's are;</li>
 *   <li>{@link #confined(int)}: plain cells, with the same results when one thread makes every call, as a
 *       simulation on virtual time does, at the cost of plain loads and stores.</li>
 * </ul>
 *
 * <p>The two are the only implementations, so a call site is at most bimorphic, and monomorphic in a JVM
 * that runs only guards.
 * A cell starts at 0.
 */
public sealed interface Cells permits SharedCells, ConfinedCells {

    /** Atomic cells, safe to share between threads. */
    static Cells shared(int size) {
        return new SharedCells(size);
    }

    /** Plain cells for one thread. */
    static Cells confined(int size) {
        return new ConfinedCells(size);
    }

    /** {@link #shared} or {@link #confined} as {@code confined} says. */
    static Cells of(int size, boolean confined) {
        return confined ? confined(size) : shared(size);
    }

    /** Whether these are plain cells for one thread. */
    boolean isConfined();

    /** How many cells. */
    int size();

    /** The value of cell {@code i}. */
    long get(int i);

    /** Sets cell {@code i} to {@code value}. */
    void set(int i, long value);

    /** Sets cell {@code i} to {@code value} if it holds {@code expected}; whether it did. */
    boolean compareAndSet(int i, long expected, long value);

    /** Adds {@code delta} to cell {@code i}; returns the value before. */
    long getAndAdd(int i, long delta);

    /** Sets cell {@code i} to {@code value}; returns the value before. */
    long getAndSet(int i, long value);
}
