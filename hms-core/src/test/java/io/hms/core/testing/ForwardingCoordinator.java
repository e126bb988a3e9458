package io.hms.core.testing;

import io.hms.api.Subscription;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import io.hms.api.spi.SwarmReport;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** A coordinator that hands every call to another: a test fake overrides only what it changes. */
public abstract class ForwardingCoordinator implements Coordinator {

    private final Coordinator delegate;

    /** @param delegate the coordinator every call goes to */
    protected ForwardingCoordinator(Coordinator delegate) {
        this.delegate = delegate;
    }

    /** The coordinator every call goes to. */
    protected Coordinator delegate() {
        return delegate;
    }

    @Override
    public String nodeId() {
        return delegate.nodeId();
    }

    @Override
    public boolean isLeader() {
        return delegate.isLeader();
    }

    @Override
    public CoordinatorStatus status() {
        return delegate.status();
    }

    @Override
    public Subscription onLeadershipChange(Consumer<Boolean> listener) {
        return delegate.onLeadershipChange(listener);
    }

    @Override
    public Optional<LockLease> tryLock(String name, String holder, Duration lease) {
        return delegate.tryLock(name, holder, lease);
    }

    @Override
    public void unlock(LockLease lease) {
        delegate.unlock(lease);
    }

    @Override
    public boolean checkFence(LockLease lease) {
        return delegate.checkFence(lease);
    }

    @Override
    public CompletionStage<Long> commit(RegistryMutation mutation) {
        return delegate.commit(mutation);
    }

    @Override
    public Subscription onCommit(Consumer<RegistryMutation> listener) {
        return delegate.onCommit(listener);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public Optional<LockLease> renew(LockLease held, Duration lease) {
        return delegate.renew(held, lease);
    }

    @Override
    public CompletionStage<Void> publish(SwarmReport report) {
        return delegate.publish(report);
    }

    @Override
    public Subscription onReport(Consumer<SwarmReport> listener) {
        return delegate.onReport(listener);
    }
}
