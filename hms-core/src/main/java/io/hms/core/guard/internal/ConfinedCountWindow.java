package io.hms.core.guard.internal;

/** A {@link CountWindow} of one thread: the cursor, ring and totals are plain fields. */
final class ConfinedCountWindow extends CountWindow {

    private final int[] ring;
    private final int[] totals = new int[3];
    private int cursor;

    ConfinedCountWindow(int size) {
        super(size);
        this.ring = new int[size];
    }

    @Override
    boolean confined() {
        return true;
    }

    @Override
    int cursor() {
        return cursor;
    }

    @Override
    boolean moveCursor(int current, int next) {
        if (cursor != current) {
            return false;
        }
        cursor = next;
        return true;
    }

    @Override
    int slot(int i) {
        return ring[i];
    }

    @Override
    int swap(int i, int outcome) {
        int old = ring[i];
        ring[i] = outcome;
        return old;
    }

    @Override
    void add(int which, int delta) {
        totals[which] += delta;
    }

    @Override
    int total(int which) {
        return totals[which];
    }
}
