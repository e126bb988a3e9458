package io.hms.core.guard.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** {@link Cells} shared between threads: a {@code long[]} accessed with volatile and atomic operations. */
final class SharedCells implements Cells {

    private static final VarHandle CELL = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] cells;

    SharedCells(int size) {
        this.cells = new long[size];
    }

    @Override
    public boolean isConfined() {
        return false;
    }

    @Override
    public int size() {
        return cells.length;
    }

    @Override
    public long get(int i) {
        return (long) CELL.getVolatile(cells, i);
    }

    @Override
    public void set(int i, long value) {
        CELL.setVolatile(cells, i, value);
    }

    @Override
    public boolean compareAndSet(int i, long expected, long value) {
        return CELL.compareAndSet(cells, i, expected, value);
    }

    @Override
    public long getAndAdd(int i, long delta) {
        return (long) CELL.getAndAdd(cells, i, delta);
    }

    @Override
    public long getAndSet(int i, long value) {
        return (long) CELL.getAndSet(cells, i, value);
    }
}
