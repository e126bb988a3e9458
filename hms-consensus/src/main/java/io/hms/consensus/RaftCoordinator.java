package io.hms.consensus;

import com.alipay.sofa.jraft.Node;
import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.entity.PeerId;
import io.hms.api.Subscription;
import io.hms.api.spi.ClusterFaults;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.PolicyVersionConflictException;
import io.hms.api.spi.RegistryMutation;
import io.hms.api.spi.ReportSequence;
import io.hms.api.spi.SwarmReport;
import io.hms.consensus.chaos.NodePartition;
import io.hms.consensus.internal.AppliedIndex;
import io.hms.consensus.internal.Command;
import io.hms.consensus.internal.CommandCodec;
import io.hms.consensus.internal.CommandRouter;
import io.hms.consensus.internal.CoordinatorStateMachine;
import io.hms.consensus.internal.DegradedLocks;
import io.hms.consensus.internal.DeliveredFuture;
import io.hms.consensus.internal.ForwardProcessor;
import io.hms.consensus.internal.LeadershipTracker;
import io.hms.consensus.internal.QuorumContact;
import io.hms.consensus.internal.RaftCommandException;
import io.hms.consensus.internal.ReadBarrier;
import io.hms.consensus.internal.ReplicatedState;
import io.hms.core.time.HmsThreads;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Coordinator} of a cluster: one sofa-jraft Raft group per HMS cluster, one node per
 * instance. Registry changes and locks go through the replicated log; every instance applies them in
 * the same order.
 *
 * <pre>{@code
 * RaftCoordinator coordinator = RaftCoordinator.start(RaftConfig.builder()
 *         .address("127.0.0.1:7001")
 *         .peers("127.0.0.1:7001", "127.0.0.1:7002", "127.0.0.1:7003")
 *         .dataDirectory(Path.of("data/hms-raft"))
 *         .build());
 * Hms hms = Hms.builder().coordinator(coordinator).build().start();
 * }</pre>
 *
 * <p>Guarantees: {@link #commit} and lock operations work from any instance (a follower forwards to
 * the leader) and complete once applied on this instance; {@link #onCommit} listeners are told every
 * change in log order on every instance, on the replication thread, as are {@link #onLeadershipChange}
 * listeners (keep both quick, and never wait there for the cluster). No other caller's code runs on
 * that thread: a caller blocked in {@code join()} or {@code get()} on a commit's future is woken
 * and completes the future on its own thread; a future nobody waits for completes on an
 * {@code hms-raft-callback} virtual thread of its own, where its continuations run. Lock leases are
 * judged on the leader's clock, stamped into the log, so every replica decides alike;
 * {@link #checkFence} is a linearizable read (ReadIndex, or a lease read when configured).
 * Thread-safe; {@link #close()} stops every thread it started, and fails the commands still waiting.
 */
public final class RaftCoordinator implements Coordinator, ClusterFaults.Provider {

    private static final Logger LOG = LoggerFactory.getLogger(RaftCoordinator.class);

    private final RaftConfig config;
    private final HmsThreads threads = new HmsThreads();
    private final CommandCodec codec = new CommandCodec();
    private final ReplicatedState state;
    private final AppliedIndex appliedIndex = new AppliedIndex();
    private final LeadershipTracker leadership = new LeadershipTracker();
    private final ScheduledExecutorService retries;
    private final ExecutorService callbacks;
    private final RaftMembership membership;
    private final RaftNodeRunner runner;
    private final Supplier<Node> node;
    private final CommandRouter router;
    private final ReadBarrier reads;
    private final RaftLocks locks;
    private final QuorumContact contact;
    private final ReportSequence reportSequence;
    private volatile boolean closed;

    private RaftCoordinator(RaftConfig config) {
        this.config = config;
        this.state = new ReplicatedState(config.retainedPolicyVersions());
        RaftNodeFiles files = RaftNodeFiles.prepare(config.dataDirectory());
        RaftAddresses.requireFree(RaftAddresses.parse(config.address(), "address"), "address");
        PeerId self = PeerId.parsePeer(config.address());
        this.retries = Executors.newSingleThreadScheduledExecutor(threads.platform("raft-retry"));
        this.callbacks = Executors.newThreadPerTaskExecutor(threads.virtual("raft-callback"));
        this.contact = new QuorumContact(config.clock(), config.electionTimeout().multipliedBy(2));
        this.reportSequence = new ReportSequence(config.clock());
        NodePartition partition = config.chaosFaults() ? new NodePartition(config.address()) : null;
        CoordinatorStateMachine fsm = new CoordinatorStateMachine(codec, state, appliedIndex, leadership, contact);
        CommandRouter[] routerRef = new CommandRouter[1];
        this.runner = new RaftNodeRunner(config.groupId(), self,
                () -> RaftNodeOptions.of(config, fsm, files, partition),
                rpcServer -> rpcServer.registerProcessor(new ForwardProcessor(config.groupId(), codec, this::isLeader,
                        // answered off the replication thread, which completes the proposal
                        command -> routerRef[0].proposeHere(command).thenApplyAsync(applied -> applied, callbacks))),
                partition, contact);
        this.node = runner::current;
        try {
            runner.start();
        } catch (RuntimeException e) {
            shutdownQuietly();
            throw new IllegalStateException("Raft node " + config.address() + " of group '" + config.groupId()
                    + "' could not start (" + e.getMessage() + "); check the address, the peers and that "
                    + config.dataDirectory() + " belongs to this node only", e);
        }
        this.membership = new RaftMembership(config.groupId(), node, config.peers(), config.requestTimeout(),
                callbacks, partition);
        this.router = new CommandRouter(config.groupId(), node, codec, membership.rpcClient(), appliedIndex, retries,
                config.clock(), config.requestTimeout());
        routerRef[0] = router;
        this.reads = new ReadBarrier(node, RaftNodeOptions.readOption(config), retries, config.requestTimeout());
        this.locks = new RaftLocks(router, reads, state, new DegradedLocks(config.clock()), contact, this::status,
                config.clock(), config.requestTimeout());
        LOG.info("HMS Raft node {} started in group '{}' with peers {}", config.address(), config.groupId(),
                config.peers());
    }

    /**
     * Starts this instance's node and joins the group.
     *
     * @throws IllegalStateException when the port is taken or the node cannot start
     */
    public static RaftCoordinator start(RaftConfig config) {
        return new RaftCoordinator(Objects.requireNonNull(config, "config"));
    }

    /** The config this node runs with. */
    public RaftConfig config() {
        return config;
    }

    /** This node's address, {@code host:port}. */
    @Override
    public String nodeId() {
        return config.address();
    }

    @Override
    public boolean isLeader() {
        return !closed && node.get().isLeader();
    }

    /** The address of the leader this node knows of, if any. */
    public Optional<String> leaderAddress() {
        PeerId leader = closed ? null : node.get().getLeaderId();
        return leader == null || leader.isEmpty() ? Optional.empty() : Optional.of(leader.getEndpoint().toString());
    }

    /** {@link #leaderAddress()}: a node's id is its address. */
    @Override
    public Optional<String> leaderId() {
        return leaderAddress();
    }

    /**
     * {@link #peers()} while the group answers; the configured peers when it does not (no leader, a
     * partition, closed), so a view of the cluster never fails for want of a quorum.
     */
    @Override
    public List<String> members() {
        if (!closed) {
            try {
                return peers();
            } catch (RuntimeException noAnswer) {
                // falls through to the configured peers
            }
        }
        return config.peers();
    }

    /**
     * {@code STOPPED} once closed; {@code ACTIVE} while a leader is known (for the leader: while a
     * quorum of peers answers it); {@code DEGRADED} otherwise.
     */
    @Override
    public CoordinatorStatus status() {
        if (closed) {
            return CoordinatorStatus.STOPPED;
        }
        if (node.get().isLeader()) {
            try {
                return node.get().listAlivePeers().size() > node.get().listPeers().size() / 2
                        ? CoordinatorStatus.ACTIVE : CoordinatorStatus.DEGRADED;
            } catch (IllegalStateException lostLeadership) {
                return CoordinatorStatus.DEGRADED;
            }
        }
        return leaderAddress().isPresent() ? CoordinatorStatus.ACTIVE : CoordinatorStatus.DEGRADED;
    }

    @Override
    public Subscription onLeadershipChange(Consumer<Boolean> listener) {
        return leadership.subscribe(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Takes the lock through the log, waiting up to the request timeout; empty when another holder
     * has an unexpired lease or the cluster cannot be reached in time. The request gets a fresh id, and
     * an attempt whose outcome is unknown (a leader killed or a connection lost while it was on its way)
     * is proposed again with that id until the request timeout, so a lease granted to it is answered,
     * never held unknowingly nor granted twice; see {@link #tryLock(String, String, Duration, String)}.
     *
     * <p>Once this node has lost its quorum (it had found its group since it started, and has been
     * {@link CoordinatorStatus#DEGRADED} with no leader for two election timeouts) it does not wait: it
     * grants a local lease, exclusive within this instance only, so that healing goes on without a
     * quorum; not while the last replicated lease of the lock it knows of lasts. Its token is negative,
     * below every replicated token, and grows with each local grant. While the quorum is only briefly out
     * of sight (an election) the answer is empty at once; while the node is catching up after a start, the
     * request goes through the log.
     */
    @Override
    public Optional<LockLease> tryLock(String name, String holder, Duration lease) {
        return locks.tryLock(name, holder, lease, UUID.randomUUID().toString());
    }

    /**
     * As {@link #tryLock(String, String, Duration)}, for the request {@code requestId}: idempotent. While
     * the lease granted to that request is the lock's current grant, the same request again (after an
     * empty answer: the cluster may have granted it before the answer was lost) answers that lease, with
     * its token and expiry, instead of a second grant or a refusal. Use a fresh id per acquisition.
     */
    public Optional<LockLease> tryLock(String name, String holder, Duration lease, String requestId) {
        return locks.tryLock(name, holder, lease, requestId);
    }

    /**
     * The lease granted to the request {@code requestId} of {@link #tryLock(String, String, Duration, String)},
     * if it is the lock's current grant (expired or not), read linearizably; empty when that request holds no
     * grant. Fails when no quorum confirms the read within the request timeout.
     */
    public CompletionStage<Optional<LockLease>> lease(String name, String requestId) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the coordinator is closed"));
        }
        return locks.leaseOf(name, requestId).thenApplyAsync(found -> found, callbacks);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Through the log, judged at the leader's clock as an acquisition is; a local lease (while degraded) is
     * renewed locally, a replicated one not at all while degraded.
     */
    @Override
    public Optional<LockLease> renew(LockLease held, Duration lease) {
        return locks.renew(held, lease);
    }

    /** Releases the lease (through the log without waiting, or locally); one taken over is ignored. */
    @Override
    public void unlock(LockLease lease) {
        locks.unlock(lease);
    }

    /**
     * Whether no newer token than the lease's has been granted for its lock, read linearizably; false
     * when the cluster cannot confirm it within the request timeout, and at once while degraded. A
     * local lease is checked locally.
     */
    @Override
    public boolean checkFence(LockLease lease) {
        return locks.checkFence(lease);
    }

    /**
     * Completes once this node has applied every change committed anywhere before the call, as
     * confirmed with the leader (ReadIndex, or the leader's lease in {@link ReadMode#LEASE}); state
     * told through {@link #onCommit} and read after it is then read linearizably. Fails after the
     * request timeout when no quorum answers.
     */
    public CompletionStage<Void> sync() {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the coordinator is closed"));
        }
        return reads.await().thenApplyAsync(v -> v, callbacks);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A policy commit numbered by its caller is a compare-and-set decided by the state machine as it
     * applies the entry, in log order: applied only if the component is then at the version before it,
     * else refused with a {@link PolicyVersionConflictException} naming the current version. On success
     * the commit made exactly its number, so the caller knows the version it made.
     */
    @Override
    public CompletionStage<Long> commit(RegistryMutation mutation) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the coordinator is closed"));
        }
        Command.MutationCommand command = Command.of(mutation);
        return DeliveredFuture.of(router.submit(command).thenApply(applied -> {
            if (applied.refused() && command instanceof Command.CommitPolicy commit) {
                throw new PolicyVersionConflictException(commit.component(), commit.version(),
                        applied.conflictVersion());
            }
            return applied.index();
        }), callbacks);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The report goes through the log, as an entry of its own (forwarded to the leader from a follower),
     * and is posted to each replica's board as the replica applies it; it completes once applied here.
     * Reports are not kept in snapshots. A replica of an older version that cannot read the entry stops
     * applying: upgrade every instance before enabling a cluster breaker.
     */
    @Override
    public CompletionStage<Void> publish(SwarmReport report) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the coordinator is closed"));
        }
        return DeliveredFuture.of(router.submit(Command.of(report, reportSequence.next())).thenApply(applied -> (Void) null), callbacks);
    }

    /** {@inheritDoc} Told on the thread that applies the log: keep the listener quick. */
    @Override
    public Subscription onReport(Consumer<SwarmReport> listener) {
        return state.onReport(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Tells {@code listener} the changes retained so far (the registry's state: the latest
     * {@link RaftConfig#retainedPolicyVersions} versions of each policy, numbered, and every instance's
     * latest descriptors), then every new one; policy commits are told with their version number.
     */
    @Override
    public Subscription onCommit(Consumer<RegistryMutation> listener) {
        Objects.requireNonNull(listener, "listener");
        state.addCommitListener(listener);
        return () -> state.removeCommitListener(listener);
    }

    /**
     * Adds {@code address} to the group's voting members, from any node; completes once the new
     * configuration is committed (the new peer has caught up). Start the new peer's coordinator first
     * with {@link RaftConfig.Builder#join(boolean) join(true)}. A change the leader refuses as busy with another
     * (as a leader just elected is, until its own first configuration commits) is asked again for up to the
     * configured timeout.
     */
    public CompletionStage<Void> addPeer(String address) {
        RaftAddresses.parse(address, "peer");
        return membership.add(address);
    }

    /**
     * Removes {@code address} from the group's voting members, from any node; a removed leader steps down. Asked
     * again while the leader is busy with another configuration change, as {@link #addPeer} is.
     */
    public CompletionStage<Void> removePeer(String address) {
        RaftAddresses.parse(address, "peer");
        return membership.remove(address);
    }

    /** The group's voting members as the leader knows them; asks the leader when this node is a follower. */
    public List<String> peers() {
        return membership.peers();
    }

    /** Takes a snapshot now (compacting the log), instead of waiting for the snapshot interval. */
    public CompletionStage<Void> snapshot() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        node.get().snapshot((Status status) -> {
            if (status.isOk()) {
                done.complete(null);
            } else {
                done.completeExceptionally(new RaftCommandException("snapshot failed: " + status, false));
            }
        });
        return done.thenApplyAsync(v -> v, callbacks);
    }

    /** The index of the last log entry applied on this node. */
    public long appliedIndex() {
        return appliedIndex.value();
    }

    /**
     * Kills and restarts, or partitions and heals, this node: for {@code hms.chaos()}'s cluster faults. They
     * are refused, saying so, unless the config enables {@link RaftConfig#chaosFaults() chaos faults}.
     */
    @Override
    public ClusterFaults clusterFaults() {
        return runner;
    }

    /** Whether chaos has cut this node off from its peers now (partitioned, or killed). */
    public boolean partitioned() {
        return runner.cutOff();
    }

    /** The threads this coordinator started (its own, not sofa-jraft's) that are still running. */
    public List<Thread> threads() {
        return threads.alive();
    }

    /** Leaves the group: stops the node, its RPC server and client and every thread; idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        shutdownQuietly();
        leadership.accept(false);
        leadership.clear();
        appliedIndex.failAll(new IllegalStateException("the coordinator is closed"));
        LOG.info("HMS Raft node {} stopped", config.address());
    }

    private void shutdownQuietly() {
        closed = true;
        try {
            runner.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("Raft node {} did not shut down cleanly", config.address(), e);
        }
        if (membership != null) {
            membership.close();
        }
        // a command or read waiting to retry still runs once (within 20 ms) and then fails as closed
        retries.shutdown();
        callbacks.shutdown();
    }
}
