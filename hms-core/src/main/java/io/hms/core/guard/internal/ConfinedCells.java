package io.hms.core.guard.internal;

/** {@link Cells} of one thread: a plain {@code long[]}. */
final class ConfinedCells implements Cells {

    private final long[] cells;

    ConfinedCells(int size) {
        this.cells = new long[size];
    }

    @Override
    public boolean isConfined() {
        return true;
    }

    @Override
    public int size() {
        return cells.length;
    }

    @Override
    public long get(int i) {
        return cells[i];
    }

    @Override
    public void set(int i, long value) {
        cells[i] = value;
    }

    @Override
    public boolean compareAndSet(int i, long expected, long value) {
        if (cells[i] != expected) {
            return false;
        }
        cells[i] = value;
        return true;
    }

    @Override
    public long getAndAdd(int i, long delta) {
        long old = cells[i];
        cells[i] = old + delta;
        return old;
    }

    @Override
    public long getAndSet(int i, long value) {
        long old = cells[i];
        cells[i] = value;
        return old;
    }
}
