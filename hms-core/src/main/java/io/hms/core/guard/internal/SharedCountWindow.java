package io.hms.core.guard.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** A {@link CountWindow} many threads record into: the cursor, ring and totals are atomics. */
final class SharedCountWindow extends CountWindow {

    private final AtomicIntegerArray ring;
    private final AtomicInteger cursor = new AtomicInteger();
    private final AtomicInteger buffered = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();

    SharedCountWindow(int size) {
        super(size);
        this.ring = new AtomicIntegerArray(size);
    }

    @Override
    boolean confined() {
        return false;
    }

    @Override
    int cursor() {
        return cursor.get();
    }

    @Override
    boolean moveCursor(int current, int next) {
        return cursor.compareAndSet(current, next);
    }

    @Override
    int slot(int i) {
        return ring.get(i);
    }

    @Override
    int swap(int i, int outcome) {
        return ring.getAndSet(i, outcome);
    }

    @Override
    void add(int which, int delta) {
        counter(which).addAndGet(delta);
    }

    @Override
    int total(int which) {
        return counter(which).get();
    }

    private AtomicInteger counter(int which) {
        return which == BUFFERED ? buffered : which == FAILED ? failed : slow;
    }
}
