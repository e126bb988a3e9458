package io.hms.core.chaos;

import io.hms.api.spi.ClusterFaults;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.testing.ForwardingCoordinator;
import io.hms.core.time.ManualScheduler;
/** A local coordinator that also takes cluster faults, handing them to {@code faults}. */
final class FakeClusterCoordinator extends ForwardingCoordinator implements ClusterFaults {

    private final ClusterFaults faults;

    FakeClusterCoordinator(ClusterFaults faults) {
        super(new LocalCoordinator("node-1", new ManualScheduler()));
        this.faults = faults;
    }

    @Override
    public void crashNode() {
        faults.crashNode();
    }

    @Override
    public void restartNode() {
        faults.restartNode();
    }

    @Override
    public void isolateNode() {
        faults.isolateNode();
    }

    @Override
    public void healNode() {
        faults.healNode();
    }










}
