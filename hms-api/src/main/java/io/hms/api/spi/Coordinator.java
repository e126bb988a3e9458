package io.hms.api.spi;

import java.util.concurrent.CompletionStage;

/**
 * Agreement between the instances of a host: who leads, who holds a lock, and the order of registry
 * changes. This is the contract a coordinator implements and the runtime drives; hosts and optimizers
 * see it as a {@link CoordinatorView}, without {@link #commit}.
 *
 * <p>One JVM uses the embedded local coordinator (always leader, in-process locks); a cluster uses a
 * Raft implementation. A coordinator never sits on a guarded call's path.
 *
 * <p>Implementations are thread-safe.
 */
public interface Coordinator extends CoordinatorView, AutoCloseable {

    /**
     * Commits a registry change in the cluster's order. The runtime's configurator is its caller: it
     * commits a policy only after the canary, so a host that holds a coordinator and commits a policy
     * itself skips the canary. A policy commit numbered by the caller is a compare-and-set on the
     * component's policy version, decided in that order (see {@link RegistryMutation.PolicyCommit}).
     *
     * @return completes with the change's index once it is committed (and applied locally); fails with
     *         {@link PolicyVersionConflictException} when a numbered policy commit was refused
     */
    CompletionStage<Long> commit(RegistryMutation mutation);

    /** Leaves the cluster and releases this instance's resources. */
    @Override
    void close();
}
