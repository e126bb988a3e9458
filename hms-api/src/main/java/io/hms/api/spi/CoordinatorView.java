package io.hms.api.spi;

import io.hms.api.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * What a host and an optimizer see of a runtime's coordinator: who leads, whether the cluster can be
 * reached, leased locks with fencing tokens, and the committed registry changes. It cannot commit a
 * change: a policy changes only through the runtime's configurator, which canaries it first.
 *
 * <pre>{@code
 * CoordinatorView cluster = hms.coordinator();
 * if (cluster.isLeader()) { ... }
 * cluster.tryLock("nightly-reindex", "host-a", Duration.ofMinutes(5)).ifPresent(lease -> {
 *     ...                                    // write only while cluster.checkFence(lease)
 *     cluster.unlock(lease);
 * });
 * }</pre>
 *
 * <p>Implementations are thread-safe.
 */
public interface CoordinatorView {

    /** This instance's id in the cluster. */
    String nodeId();

    /** Whether this instance currently leads; cluster-wide work runs only where this is true. */
    boolean isLeader();

    /** Whether the cluster can be reached. */
    CoordinatorStatus status();

    /**
     * The id of the leader as this instance knows it, in the form {@link #nodeId()} has; empty while no
     * leader is known. By default: this instance's id while it leads.
     */
    default Optional<String> leaderId() {
        return isLeader() ? Optional.of(nodeId()) : Optional.empty();
    }

    /**
     * The cluster's voting members as this instance knows them, this one included, in the form
     * {@link #nodeId()} has. By default: this instance alone.
     */
    default List<String> members() {
        return List.of(nodeId());
    }

    /**
     * Calls {@code listener} with {@code true} when this instance becomes leader and {@code false}
     * when it stops being leader; called once at once with the current state.
     */
    Subscription onLeadershipChange(Consumer<Boolean> listener);

    /**
     * Tries to take the lock {@code name} for {@code holder} for {@code lease}; a held lock whose lease
     * has ended counts as free.
     *
     * @return the lease with a fresh fencing token, or empty when another holder has it
     */
    Optional<LockLease> tryLock(String name, String holder, Duration lease);

    /**
     * Extends a lease this instance still holds: the same lock and token, ending {@code lease} from now. A
     * holder renews well before its lease ends, so that a short lease both survives a long task and frees the
     * lock soon after the holder dies.
     *
     * @return the lease with its new end, or empty when it has ended, was taken over or released, or the
     *         cluster cannot confirm the renewal; by default empty (this coordinator does not renew)
     */
    default Optional<LockLease> renew(LockLease held, Duration lease) {
        return Optional.empty();
    }

    /** Releases a lease; a lease that has already ended or been taken over is ignored. */
    void unlock(LockLease lease);

    /**
     * Whether a write made under {@code lease} may still be applied: true while no newer token has been
     * granted for its lock.
     */
    boolean checkFence(LockLease lease);

    /** Calls {@code listener} for every committed change, in commit order, on every instance. */
    Subscription onCommit(Consumer<RegistryMutation> listener);

    /**
     * Tells every instance of the cluster (this one too) {@code report}, which replaces the last report of
     * its kind from this instance about its subject. Reports are not registry changes (so a view may tell them:
     * no policy changes this way): they are not told to {@link #onCommit} listeners and need not survive a
     * restart.
     *
     * @return completes once the report is on its way to every instance (for a replicated coordinator:
     *         committed); fails when the cluster cannot be reached. By default it fails at once: this
     *         coordinator carries no reports
     */
    default CompletionStage<Void> publish(SwarmReport report) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(
                getClass().getSimpleName() + " carries no swarm reports"));
    }

    /**
     * Calls {@code listener} with every {@link SwarmReport} an instance of the cluster publishes, this
     * one's included, as each arrives here, first with the latest of each that this instance still holds.
     * Reports are soft state: a coordinator may drop those of an instance that left, and one restored from
     * a snapshot holds none until the instances report again. By default: no reports (a coordinator of one
     * instance with nobody to tell).
     */
    default Subscription onReport(Consumer<SwarmReport> listener) {
        return () -> { };
    }
}
