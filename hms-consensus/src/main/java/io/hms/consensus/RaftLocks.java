package io.hms.consensus;

import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.consensus.internal.Command;
import io.hms.consensus.internal.CommandRouter;
import io.hms.consensus.internal.DegradedLocks;
import io.hms.consensus.internal.QuorumContact;
import io.hms.consensus.internal.RaftCommandException;
import io.hms.consensus.internal.ReadBarrier;
import io.hms.consensus.internal.ReplicatedState;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock operations of a {@link RaftCoordinator}: through the log while the group can be reached,
 * from {@link DegradedLocks} once this node has lost its quorum ({@link QuorumContact#groupLost()}),
 * so that a repair never waits on a cluster it cannot reach.
 *
 * <p>Every acquisition names its request. An attempt whose outcome is unknown (a timeout, a connection
 * lost after sending, a leader that stepped down after appending it) is proposed again with the same
 * request id until the request timeout: applied twice, it answers the same grant, so the caller learns
 * of a lease it was granted instead of holding it unknowingly. Thread-safe.
 */
final class RaftLocks {

    private static final Logger LOG = LoggerFactory.getLogger(RaftLocks.class);
    private static final long RETRY_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final CommandRouter router;
    private final ReadBarrier reads;
    private final ReplicatedState state;
    private final DegradedLocks degraded;
    private final QuorumContact contact;
    private final Supplier<CoordinatorStatus> status;
    private final Clock clock;
    private final Duration timeout;

    RaftLocks(CommandRouter router, ReadBarrier reads, ReplicatedState state, DegradedLocks degraded,
              QuorumContact contact, Supplier<CoordinatorStatus> status, Clock clock, Duration timeout) {
        this.router = router;
        this.reads = reads;
        this.state = state;
        this.degraded = degraded;
        this.contact = contact;
        this.status = status;
        this.clock = clock;
        this.timeout = timeout;
    }

    Optional<LockLease> tryLock(String name, String holder, Duration lease, String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        if (status.get() == CoordinatorStatus.DEGRADED && contact.contactLost()) {
            return tryLocally(name, holder, lease, requestId);
        }
        Command.AcquireLock acquire = new Command.AcquireLock(name, holder, Math.max(1, lease.toMillis()), 0,
                requestId);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return Optional.ofNullable(await(router.submit(acquire, deadline)).lease());
            } catch (RaftCommandException e) {
                // the attempt may have been applied: the same request again answers its grant, if any
                if (status.get() == CoordinatorStatus.STOPPED || System.nanoTime() - deadline >= 0
                        || Thread.currentThread().isInterrupted()) {
                    LOG.warn("lock '{}' for {} not confirmed within {}: {}; request {} may still have been granted:"
                            + " look it up with lease(name, requestId) or retry it with the same id", name, holder,
                            timeout, e.getMessage(), requestId);
                    return Optional.empty();
                }
                LockSupport.parkNanos(RETRY_PAUSE_NANOS);
            }
        }
    }

    /**
     * A local lease, once the group is lost: not while the quiet period after losing contact runs (an
     * ordinary election), nor while the last replicated grant of the lock known here lasts.
     */
    private Optional<LockLease> tryLocally(String name, String holder, Duration lease, String requestId) {
        if (!contact.groupLost()) {
            LOG.info("lock '{}' not granted to {}: no leader known for a moment; local leases are granted once"
                    + " the group has been out of reach for {} more", name, holder, contact.untilGroupLost());
            return Optional.empty();
        }
        Optional<LockLease> replicated = state.currentLease(name);
        if (replicated.isPresent() && replicated.get().expiresAt().toEpochMilli() > clock.millis()) {
            LOG.info("no quorum: lock '{}' not granted locally to {}: {} holds its replicated lease until {}", name,
                    holder, replicated.get().holder(), replicated.get().expiresAt());
            return Optional.empty();
        }
        Optional<LockLease> local = degraded.tryLock(name, holder, lease, requestId);
        if (local.isPresent()) {
            LOG.warn("no quorum: lock '{}' granted locally to {} (token {}), exclusive within this instance only",
                    name, holder, local.get().token());
        } else {
            LOG.info("no quorum: lock '{}' busy locally for {}", name, holder);
        }
        return local;
    }

    /**
     * The current grant of {@code name} if it was made for {@code requestId}, read linearizably; fails
     * when the group cannot confirm it within the request timeout.
     */
    CompletionStage<Optional<LockLease>> leaseOf(String name, String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        return reads.await().thenApply(v -> state.leaseOf(name, requestId));
    }

    /** Extends {@code held} through the log (or locally, for a local lease); empty when refused or unconfirmed. */
    Optional<LockLease> renew(LockLease held, Duration lease) {
        if (DegradedLocks.isLocal(held)) {
            return degraded.renew(held, lease);
        }
        if (status.get() == CoordinatorStatus.DEGRADED) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(await(router.submit(new Command.RenewLock(held.name(), held.token(),
                    Math.max(1, lease.toMillis()), 0))).lease());
        } catch (RaftCommandException e) {
            LOG.warn("lease of lock '{}' token {} not renewed: {}", held.name(), held.token(), e.getMessage());
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
