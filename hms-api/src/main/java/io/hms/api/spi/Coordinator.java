package io.hms.api.spi;

import io.hms.api.Subscription;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Agreement between the instances of a host: who leads, who holds a lock, and the order of registry
 * changes.
 *
 * <p>One JVM uses the embedded local coordinator (always leader, in-process locks); a cluster uses a
 * Raft implementation. A coordinator never sits on a guarded call's path.
 *
 * <p>Implementations are thread-safe.
 */
public interface Coordinator extends AutoCloseable {

    /** This instance's id in the cluster. */
    String nodeId();

    /** Whether this instance currently leads; cluster-wide work runs only where this is true. */
    boolean isLeader();

    /** Whether the cluster can be reached. */
    CoordinatorStatus status();

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

    /** Releases a lease; a lease that has already ended or been taken over is ignored. */
    void unlock(LockLease lease);

    /**
     * Whether a write made under {@code lease} may still be applied: true while no newer token has been
     * granted for its lock.
     */
    boolean checkFence(LockLease lease);

    /**
     * Commits a registry change in the cluster's order. A policy commit numbered by the caller is a
     * compare-and-set on the component's policy version, decided in that order (see
     * {@link RegistryMutation.PolicyCommit}).
     *
     * @return completes with the change's index once it is committed (and applied locally); fails with
     *         {@link PolicyVersionConflictException} when a numbered policy commit was refused
     */
    CompletionStage<Long> commit(RegistryMutation mutation);

    /** Calls {@code listener} for every committed change, in commit order, on every instance. */
    Subscription onCommit(Consumer<RegistryMutation> listener);

    /** Leaves the cluster and releases this instance's resources. */
    @Override
    void close();
}
