package io.hms.core.guard.internal;

/**
 * A {@link CountWindow} of one thread: the cursor, ring and totals are plain fields. It records without
 * the shared window's shortcut for an unchanged slot: on plain fields, three unconditional adds cost less
 * than a branch on whether the outcome changed, which random outcomes make hard to predict.
 */
final class ConfinedCountWindow extends CountWindow {

    private final int[] ring;
    private final int[] totals = new int[3];
    private int cursor;

    ConfinedCountWindow(int size) {
        super(size);
        this.ring = new int[size];
    }

    @Override
    public void record(int outcome) {
        int i = cursor;
        cursor = i + 1 == size ? 0 : i + 1;
        int old = ring[i];
        ring[i] = outcome;
        totals[BUFFERED] += (outcome & Outcomes.RECORDED) - (old & Outcomes.RECORDED);
        totals[FAILED] += ((outcome & Outcomes.FAILED) - (old & Outcomes.FAILED)) >> 1;
        totals[SLOW] += ((outcome & Outcomes.SLOW) - (old & Outcomes.SLOW)) >> 2;
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
