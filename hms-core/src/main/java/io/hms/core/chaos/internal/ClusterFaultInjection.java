package io.hms.core.chaos.internal;

import io.hms.api.spi.ClusterFaults;

/**
 * Applies a cluster fault through the coordinator's {@link ClusterFaults}: a kill (crash, then restart
 * on revert) or a partition (isolate, then heal on revert).
 */
public final class ClusterFaultInjection implements Injection {

    private final Runnable apply;
    private final Runnable revert;

    private ClusterFaultInjection(Runnable apply, Runnable revert) {
        this.apply = apply;
        this.revert = revert;
    }

    /** Crashes the node; reverting restarts it. */
    public static Injection kill(ClusterFaults faults) {
        return new ClusterFaultInjection(faults::crashNode, faults::restartNode);
    }

    /** Isolates the node; reverting heals the partition. */
    public static Injection partition(ClusterFaults faults) {
        return new ClusterFaultInjection(faults::isolateNode, faults::healNode);
    }

    @Override
    public void apply() {
        apply.run();
    }

    /** Restarts or heals; a failure propagates to the chaos agent, which logs it (the node stays down). */
    @Override
    public void revert() {
        revert.run();
    }
}
