package io.hms.core.guard.cluster;

import io.hms.api.spi.SwarmReport.BreakerWindow;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest breaker window each other instance reported for each shared component, with when it arrived,
 * and how many of them see the component fail. Thread-safe.
 */
final class ClusterVotes {

    private final Map<String, Map<String, Arrival>> byComponent = new ConcurrentHashMap<>();

    /** Keeps {@code window}, arrived at {@code nanos}, in place of its instance's last one. */
    void record(BreakerWindow window, long nanos) {
        byComponent.computeIfAbsent(window.component(), c -> new ConcurrentHashMap<>())
                .put(window.nodeId(), new Arrival(window, nanos));
    }

    /** How many instances' reports about {@code component}, no older than {@code staleNanos} at {@code nanos}, see it fail. */
    int failing(String component, long nanos, long staleNanos) {
        Map<String, Arrival> latest = byComponent.get(component);
        if (latest == null) {
            return 0;
        }
        int count = 0;
        for (Arrival a : latest.values()) {
            if (nanos - a.nanos <= staleNanos && a.window.failingByOwnEvidence()) {
                count++;
            }
        }
        return count;
    }

    private record Arrival(BreakerWindow window, long nanos) {
    }
}
