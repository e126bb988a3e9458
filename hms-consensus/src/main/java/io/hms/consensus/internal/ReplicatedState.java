package io.hms.consensus.internal;

import io.hms.api.Subscription;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import io.hms.api.spi.ReportBoard;
import io.hms.api.spi.SwarmReport;
import io.hms.consensus.RaftConfig;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the log builds on every replica: the registry changes (told to commit listeners, the latest
 * policy versions of each component kept) and the locks. Applying the same commands in the same order
 * gives the same state on every replica configured alike.
 * Thread-safe: applies and reads are serialized on this object.
 */
public final class ReplicatedState {

    private final MutationLog mutations;
    private final LockTable locks = new LockTable();
    private final ReportBoard reports = new ReportBoard();

    /** A state that keeps the latest {@value RaftConfig#DEFAULT_RETAINED_POLICY_VERSIONS} versions of each policy. */
    public ReplicatedState() {
        this(RaftConfig.DEFAULT_RETAINED_POLICY_VERSIONS);
    }

    /**
     * A state that keeps the latest {@code retainedPolicyVersions} versions of each policy.
     *
     * @param retainedPolicyVersions how many versions of each component's policy to keep, at least 1
     */
    public ReplicatedState(int retainedPolicyVersions) {
        this.mutations = new MutationLog(retainedPolicyVersions);
    }

    /**
     * Applies one command, the entry at {@code index}. A compare-and-set policy commit whose version is
     * not the component's next is refused: it changes nothing and tells no listener.
     *
     * @return what it did: the lease a lock acquisition granted, the version a policy commit made, or
     *         the current version that refused it
     */
    public synchronized Applied apply(long index, Command command) {
        return switch (command) {
            case Command.MutationCommand mutation -> {
                long conflict = mutations.conflict(mutation);
                yield conflict != 0 ? new Applied(index, null, 0, conflict)
                        : new Applied(index, null, mutations.append(mutation), 0);
            }
            case Command.AcquireLock acquire -> new Applied(index, locks.acquire(acquire).orElse(null), 0, 0);
            case Command.ReleaseLock release -> {
                locks.release(release);
                yield Applied.plain(index);
            }
            case Command.RenewLock renew -> new Applied(index, locks.renew(renew).orElse(null), 0, 0);
            case Command.PostReport post -> {
                reports.post(post.toReport(), post.sequence());
                yield Applied.plain(index);
            }
        };
    }

    /** The newest fencing token granted for lock {@code name}, 0 if none. */
    public synchronized long newestToken(String name) {
        return locks.newestToken(name);
    }

    /** The current grant of lock {@code name} as applied here, expired or not; empty when it is free. */
    public synchronized Optional<LockLease> currentLease(String name) {
        return locks.current(name);
    }

    /** The current grant of lock {@code name} if it was made for {@code requestId}. */
    public synchronized Optional<LockLease> leaseOf(String name, String requestId) {
        return locks.grantedFor(name, requestId);
    }

    /** The component's policy version in log order as applied here (1 before its first commit). */
    public synchronized long policyVersion(String component) {
        return mutations.currentVersion(component);
    }

    /** Tells {@code listener} the retained changes, then every later one, in order. */
    public synchronized void addCommitListener(Consumer<RegistryMutation> listener) {
        mutations.addListener(listener);
    }

    /** Stops telling {@code listener}. */
    public void removeCommitListener(Consumer<RegistryMutation> listener) {
        mutations.removeListener(listener);
    }

    /**
     * Tells {@code listener} the swarm reports held here, then every one applied later. Reports are soft
     * state: not in snapshots, so a replica restored from one holds none until the instances report again.
     */
    public Subscription onReport(Consumer<SwarmReport> listener) {
        return reports.subscribe(listener);
    }

    /** The snapshot of the current state. */
    synchronized StateSnapshot snapshot() {
        return new StateSnapshot(CommandCodec.SNAPSHOT_VERSION, mutations.appliedCount(), mutations.retained(),
                locks.grants(), locks.tokens());
    }

    /** Replaces the state with {@code snapshot}'s, telling listeners the changes they have not seen. */
    synchronized void restore(StateSnapshot snapshot) {
        if (snapshot.v() != CommandCodec.SNAPSHOT_VERSION) {
            throw new IllegalStateException("snapshot of format v" + snapshot.v() + " cannot be read by this"
                    + " version (reads v" + CommandCodec.SNAPSHOT_VERSION + ")"
                    + (snapshot.v() > CommandCodec.SNAPSHOT_VERSION ? "; upgrade this instance" : ""));
        }
        locks.restore(snapshot.grants(), snapshot.tokens());
        mutations.restore(snapshot.appliedMutations(), snapshot.mutations());
    }
}
