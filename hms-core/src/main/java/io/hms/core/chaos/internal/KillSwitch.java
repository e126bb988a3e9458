package io.hms.core.chaos.internal;

import io.hms.api.Health;
import io.hms.core.monitor.HealthInterceptor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The components killed by chaos: their health checks answer DOWN without running. A repair that ran
 * is passed on to {@code onRepair}, which decides what it restores. Thread-safe.
 */
public final class KillSwitch implements HealthInterceptor {

    /** Told of every repair that ran. */
    @FunctionalInterface
    public interface RepairListener {
        /** A repair of {@code component} ran. */
        void repaired(String component, String function, int level);
    }

    private final Map<String, String> killed = new ConcurrentHashMap<>();
    private volatile RepairListener onRepair = (component, function, level) -> { };

    /** Sets who is told of repairs. */
    public void onRepair(RepairListener listener) {
        this.onRepair = listener;
    }

    /** An injection that kills {@code component} under fault {@code faultId}. */
    public Injection kill(String component, String faultId) {
        return new Injection() {
            @Override
            public void apply() {
                if (killed.putIfAbsent(component, faultId) != null) {
                    throw new IllegalStateException("component '" + component + "' is already killed by "
                            + killed.get(component) + "; revert that fault first");
                }
            }

            @Override
            public void revert() {
                killed.remove(component, faultId);
            }
        };
    }

    @Override
    public Health beforeCheck(String component) {
        String faultId = killed.get(component);
        return faultId == null ? null : Health.down("killed by chaos fault " + faultId);
    }

    @Override
    public void repairRan(String component, String function, int level) {
        onRepair.repaired(component, function, level);
    }
}
