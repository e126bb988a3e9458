package io.hms.core.healer;

import io.hms.api.Subscription;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A coordinator that delegates and records every lock request, and tells when N were refused. */
final class RecordingCoordinator implements Coordinator {

    /** One lock request and its answer. */
    record Request(String name, String holder, Duration lease, boolean granted) {
    }

    private final Coordinator delegate;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Runnable> onRefusal = new CopyOnWriteArrayList<>();
    private final Queue<Throwable> fenceFailures = new ConcurrentLinkedQueue<>();

    RecordingCoordinator(Coordinator delegate) {
        this.delegate = delegate;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Completes when {@code n} requests have been refused in all. */
    CompletableFuture<Void> refusals(int n) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onRefusal.add(() -> {
            if (requests.stream().filter(r -> !r.granted()).count() >= n) {
                done.complete(null);
            }
        });
        return done;
    }

    @Override
    public Optional<LockLease> tryLock(String name, String holder, Duration lease) {
        Optional<LockLease> granted = delegate.tryLock(name, holder, lease);
        requests.add(new Request(name, holder, lease, granted.isPresent()));
        if (granted.isEmpty()) {
            onRefusal.forEach(Runnable::run);
        }
        return granted;
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
    public void unlock(LockLease lease) {
        delegate.unlock(lease);
    }

    /** The next fence check throws {@code failure}, a checked exception too, as a broken coordinator might. */
    void failNextFence(Throwable failure) {
        fenceFailures.add(failure);
    }

    @Override
    public boolean checkFence(LockLease lease) {
        Throwable failure = fenceFailures.poll();
        if (failure != null) {
            RecordingCoordinator.<RuntimeException>sneakyThrow(failure);
        }
        return delegate.checkFence(lease);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
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
}
