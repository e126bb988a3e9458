package io.hms.core.healer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The global budget of concurrent repair passes: a number of slots and a first-come, first-served queue
 * of the incidents waiting for one. A freed slot goes straight to the longest-waiting incident. Not
 * thread-safe: guarded by the {@link Triage}'s lock.
 */
final class RepairBudget {

    private final int slots;
    private final Deque<IncidentRun> waiting = new ArrayDeque<>();
    private int used;

    RepairBudget(int slots) {
        this.slots = slots;
    }

    /** Takes a slot for {@code run}, or queues it; returns whether it got one. */
    boolean tryAcquire(IncidentRun run) {
        if (used < slots) {
            used++;
            return true;
        }
        if (!waiting.contains(run)) {
            waiting.addLast(run);
        }
        return false;
    }

    /**
     * Gives a slot back.
     *
     * @return the queued incident that now holds the slot, or null when none waited
     */
    IncidentRun release() {
        IncidentRun next = waiting.pollFirst();
        if (next == null) {
            used = Math.max(0, used - 1);
        }
        return next;
    }

    /** Takes {@code run} out of the queue (it closed while waiting). */
    void remove(IncidentRun run) {
        waiting.remove(run);
    }

    /** Forgets the queue (the healer closes). */
    void clear() {
        waiting.clear();
    }
}
