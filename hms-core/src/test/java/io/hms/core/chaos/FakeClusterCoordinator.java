package io.hms.core.chaos;

import io.hms.api.Subscription;
import io.hms.api.spi.ClusterFaults;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A local coordinator that also takes cluster faults, handing them to {@code faults}. */
final class FakeClusterCoordinator implements Coordinator, ClusterFaults {

    private final LocalCoordinator local = new LocalCoordinator("node-1", new ManualScheduler());
    private final ClusterFaults faults;

    FakeClusterCoordinator(ClusterFaults faults) {
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

    @Override
    public String nodeId() {
        return local.nodeId();
    }

    @Override
    public boolean isLeader() {
        return local.isLeader();
    }

    @Override
    public CoordinatorStatus status() {
        return local.status();
    }

    @Override
    public Subscription onLeadershipChange(Consumer<Boolean> listener) {
        return local.onLeadershipChange(listener);
    }

    @Override
    public Optional<LockLease> tryLock(String name, String holder, Duration lease) {
        return local.tryLock(name, holder, lease);
    }

    @Override
    public void unlock(LockLease lease) {
        local.unlock(lease);
    }

    @Override
    public boolean checkFence(LockLease lease) {
        return local.checkFence(lease);
    }

    @Override
    public CompletionStage<Long> commit(RegistryMutation mutation) {
        return local.commit(mutation);
    }

    @Override
    public Subscription onCommit(Consumer<RegistryMutation> listener) {
        return local.onCommit(listener);
    }

    @Override
    public void close() {
        local.close();
    }
}
