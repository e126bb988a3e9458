package io.hms.ga;

import io.hms.api.Subscription;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import io.hms.api.spi.ReportBoard;
import io.hms.api.spi.SwarmReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A coordinator whose leadership the test switches; it tells listeners at once, on the test's thread. */
final class ToggledCoordinator implements Coordinator {

    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final String nodeId;
    private final ReportBoard board;
    private volatile boolean leader;

    ToggledCoordinator(boolean leader) {
        this("node-test", leader, new ReportBoard());
    }

    /** One of several instances whose reports go on {@code board}. */
    ToggledCoordinator(String nodeId, boolean leader, ReportBoard board) {
        this.nodeId = nodeId;
        this.leader = leader;
        this.board = board;
    }

    void lead(boolean value) {
        leader = value;
        listeners.forEach(l -> l.accept(value));
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public CompletionStage<Void> publish(SwarmReport report) {
        board.post(report);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Subscription onReport(Consumer<SwarmReport> listener) {
        return board.subscribe(listener);
    }

    @Override
    public boolean isLeader() {
        return leader;
    }

    @Override
    public CoordinatorStatus status() {
        return CoordinatorStatus.ACTIVE;
    }

    @Override
    public Subscription onLeadershipChange(Consumer<Boolean> listener) {
        listeners.add(listener);
        listener.accept(leader);
        return () -> listeners.remove(listener);
    }

    @Override
    public Optional<LockLease> tryLock(String name, String holder, Duration lease) {
        return Optional.empty();
    }

    @Override
    public void unlock(LockLease lease) {
    }

    @Override
    public boolean checkFence(LockLease lease) {
        return false;
    }

    @Override
    public CompletionStage<Long> commit(RegistryMutation mutation) {
        return CompletableFuture.completedFuture(1L);
    }

    @Override
    public Subscription onCommit(Consumer<RegistryMutation> listener) {
        return () -> { };
    }

    @Override
    public void close() {
    }
}
