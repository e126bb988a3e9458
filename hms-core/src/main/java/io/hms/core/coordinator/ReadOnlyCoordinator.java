package io.hms.core.coordinator;

import io.hms.api.Subscription;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.CoordinatorView;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import io.hms.api.spi.SwarmReport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A coordinator as hosts and optimizers see it: every read, the locks and the commit notices, and no way
 * to commit (a cast does not get one either), so a policy changes only through the configurator.
 */
public final class ReadOnlyCoordinator implements CoordinatorView {

    private final Coordinator coordinator;

    private ReadOnlyCoordinator(Coordinator coordinator) {
        this.coordinator = coordinator;
    }

    /**
     * The view of {@code coordinator}.
     *
     * @throws NullPointerException naming {@code coordinator} when it is null
     */
    public static CoordinatorView of(Coordinator coordinator) {
        return new ReadOnlyCoordinator(Objects.requireNonNull(coordinator, "coordinator"));
    }

    @Override
    public String nodeId() {
        return coordinator.nodeId();
    }

    @Override
    public boolean isLeader() {
        return coordinator.isLeader();
    }

    @Override
    public CoordinatorStatus status() {
        return coordinator.status();
    }

    @Override
    public Optional<String> leaderId() {
        return coordinator.leaderId();
    }

    @Override
    public List<String> members() {
        return coordinator.members();
    }

    @Override
    public Subscription onLeadershipChange(Consumer<Boolean> listener) {
        return coordinator.onLeadershipChange(listener);
    }

    @Override
    public Optional<LockLease> tryLock(String name, String holder, Duration lease) {
        return coordinator.tryLock(name, holder, lease);
    }

    @Override
    public void unlock(LockLease lease) {
        coordinator.unlock(lease);
    }

    @Override
    public boolean checkFence(LockLease lease) {
        return coordinator.checkFence(lease);
    }

    @Override
    public Subscription onCommit(Consumer<RegistryMutation> listener) {
        return coordinator.onCommit(listener);
    }

    @Override
    public Optional<LockLease> renew(LockLease held, Duration lease) {
        return coordinator.renew(held, lease);
    }

    @Override
    public CompletionStage<Void> publish(SwarmReport report) {
        return coordinator.publish(report);
    }

    @Override
    public Subscription onReport(Consumer<SwarmReport> listener) {
        return coordinator.onReport(listener);
    }

    @Override
    public String toString() {
        return "ReadOnlyCoordinator[" + coordinator.nodeId() + "]";
    }
}
