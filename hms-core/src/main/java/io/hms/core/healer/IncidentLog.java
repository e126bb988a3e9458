package io.hms.core.healer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The bounded history of incidents, oldest first. When full, the oldest closed incident makes room;
 * open incidents are always kept. Not thread-safe: guarded by the {@link Triage}'s lock.
 */
final class IncidentLog {

    private final int limit;
    private final Deque<IncidentRun> runs = new ArrayDeque<>();

    IncidentLog(int limit) {
        this.limit = limit;
    }

    void add(IncidentRun run) {
        if (runs.size() >= limit) {
            for (Iterator<IncidentRun> it = runs.iterator(); it.hasNext(); ) {
                if (!it.next().isOpen()) {
                    it.remove();
                    break;
                }
            }
        }
        runs.addLast(run);
    }

    List<Incident> snapshot() {
        return runs.stream().map(IncidentRun::snapshot).toList();
    }
}
