package io.hms.core.guard.internal;

import java.util.concurrent.atomic.AtomicLongArray;

/** {@link Cells} shared between threads: an {@link AtomicLongArray}. */
final class SharedCells implements Cells {

    private final AtomicLongArray cells;

    SharedCells(int size) {
        this.cells = new AtomicLongArray(size);
    }

    @Override
    public boolean isConfined() {
        return false;
    }

    @Override
    public int size() {
        return cells.length();
    }

    @Override
    public long get(int i) {
        return cells.get(i);
    }

    @Override
    public void set(int i, long value) {
        cells.set(i, value);
    }

    @Override
    public boolean compareAndSet(int i, long expected, long value) {
        return cells.compareAndSet(i, expected, value);
    }

    @Override
    public long getAndAdd(int i, long delta) {
        return cells.getAndAdd(i, delta);
    }

    @Override
    public long getAndSet(int i, long value) {
        return cells.getAndSet(i, value);
    }
}
