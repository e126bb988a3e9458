package io.hms.consensus;

import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.consensus.internal.Command;
import io.hms.consensus.internal.CommandRouter;
import io.hms.consensus.internal.DegradedLocks;
import io.hms.consensus.internal.RaftCommandException;
import io.hms.consensus.internal.ReadBarrier;
import io.hms.consensus.internal.ReplicatedState;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock operations of a {@link RaftCoordinator}: through the log while the cluster is reachable,
 * from {@link DegradedLocks} at once while this node is {@link CoordinatorStatus#DEGRADED}, so that a
 * repair never waits on a cluster it cannot reach. Thread-safe.
 */
final class RaftLocks {

    private static final Logger LOG = LoggerFactory.getLogger(RaftLocks.class);

    private final CommandRouter router;
    private final ReadBarrier reads;
    private final ReplicatedState state;
    private final DegradedLocks degraded;
    private final Supplier<CoordinatorStatus> status;
    private final Duration timeout;

    RaftLocks(CommandRouter router, ReadBarrier reads, ReplicatedState state, DegradedLocks degraded,
              Supplier<CoordinatorStatus> status, Duration timeout) {
        this.router = router;
        this.reads = reads;
        this.state = state;
        this.degraded = degraded;
        this.status = status;
        this.timeout = timeout;
    }

    Optional<LockLease> tryLock(String name, String holder, Duration lease) {
        if (status.get() == CoordinatorStatus.DEGRADED) {
            Optional<LockLease> local = degraded.tryLock(name, holder, lease);
            LOG.warn("no quorum: lock '{}' {} locally for {}", name, local.isPresent() ? "granted" : "busy", holder);
            return local;
        }
        Command.AcquireLock acquire = new Command.AcquireLock(name, holder, Math.max(1, lease.toMillis()), 0);
        try {
            return Optional.ofNullable(await(router.submit(acquire)).lease());
        } catch (RaftCommandException e) {
            LOG.warn("lock '{}' for {} not taken: {}", name, holder, e.getMessage());
            return Optional.empty();
        }
    }

    void unlock(LockLease lease) {
        if (DegradedLocks.isLocal(lease)) {
            degraded.unlock(lease);
            return;
        }
        router.submit(new Command.ReleaseLock(lease.name(), lease.token())).whenComplete((applied, error) -> {
            if (error != null) {
                LOG.warn("lock '{}' token {} not released ({}); it frees when its lease ends", lease.name(),
                        lease.token(), error.getMessage());
            }
        });
    }

    boolean checkFence(LockLease lease) {
        if (DegradedLocks.isLocal(lease)) {
            return degraded.checkFence(lease);
        }
        if (status.get() == CoordinatorStatus.DEGRADED) {
            return false;
        }
        try {
            await(reads.await());
            return state.newestToken(lease.name()) == lease.token();
        } catch (RaftCommandException e) {
            LOG.warn("fence of lock '{}' not confirmed: {}", lease.name(), e.getMessage());
            return false;
        }
    }

    private <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RaftCommandException("interrupted", false);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new RaftCommandException(String.valueOf(cause.getMessage()), false);
        }
    }
}
