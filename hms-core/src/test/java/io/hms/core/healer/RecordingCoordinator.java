package io.hms.core.healer;

import io.hms.api.spi.Coordinator;
import io.hms.api.spi.LockLease;
import io.hms.core.testing.ForwardingCoordinator;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A coordinator that delegates and records every lock request, and tells when N were refused. */
final class RecordingCoordinator extends ForwardingCoordinator {

    /** One lock request and its answer. */
    record Request(String name, String holder, Duration lease, boolean granted) {
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Runnable> onRefusal = new CopyOnWriteArrayList<>();
    private final Queue<Throwable> fenceFailures = new ConcurrentLinkedQueue<>();
    private volatile boolean refuseRenewals;

    RecordingCoordinator(Coordinator delegate) {
        super(delegate);
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
        Optional<LockLease> granted = super.tryLock(name, holder, lease);
        requests.add(new Request(name, holder, lease, granted.isPresent()));
        if (granted.isEmpty()) {
            onRefusal.forEach(Runnable::run);
        }
        return granted;
    }

    /** Every renewal from now on is refused, as for a holder cut off from the cluster. */
    void refuseRenewals() {
        refuseRenewals = true;
    }

    @Override
    public Optional<LockLease> renew(LockLease held, Duration lease) {
        return refuseRenewals ? Optional.empty() : super.renew(held, lease);
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
        return super.checkFence(lease);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

}
