package io.hms.consensus;

import com.alipay.sofa.jraft.CliService;
import com.alipay.sofa.jraft.Node;
import com.alipay.sofa.jraft.RaftServiceFactory;
import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.conf.Configuration;
import com.alipay.sofa.jraft.core.CliServiceImpl;
import com.alipay.sofa.jraft.entity.PeerId;
import com.alipay.sofa.jraft.error.RaftError;
import com.alipay.sofa.jraft.option.CliOptions;
import com.alipay.sofa.jraft.rpc.RpcClient;
import com.alipay.sofa.jraft.rpc.impl.AbstractClientService;
import io.hms.consensus.chaos.NodePartition;
import io.hms.consensus.chaos.PartitionedCliOptions;
import io.hms.consensus.internal.RaftCommandException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Changes and reads the voting members of a {@link RaftCoordinator}'s group through jraft's
 * {@link CliService}, which finds the leader and asks it: so membership can be changed from any
 * node. The change completes once the new configuration is committed; an added peer has then caught
 * up with the log (a peer too slow to catch up within the leader's window is given three tries). A change
 * the leader refuses as busy with another (a leader just elected commits a configuration of its own first)
 * is asked again, with pauses from 20 to 500 ms, for up to the timeout. Thread-safe.
 */
final class RaftMembership implements AutoCloseable {
    /** How many times an added peer that failed to catch up in time is asked to again. */
    private static final int CATCH_UP_ATTEMPTS = 3;
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 500;

    private final String groupId;
    private final Supplier<Node> node;
    private final List<String> knownPeers;
    private final Executor executor;
    private final CliService cli;
    private final Duration timeout;

    /**
     * @param partition the node's partition state when chaos faults are enabled (its client then obeys
     *                  it), else null
     */
    RaftMembership(String groupId, Supplier<Node> node, List<String> knownPeers, Duration timeout, Executor executor,
                   NodePartition partition) {
        this.groupId = groupId;
        this.node = node;
        this.knownPeers = List.copyOf(knownPeers);
        this.executor = executor;
        this.timeout = timeout;
        CliOptions options = partition == null ? new CliOptions() : new PartitionedCliOptions(partition);
        options.setTimeoutMs(Math.toIntExact(timeout.toMillis()));
        options.setMaxRetry(3);
        this.cli = RaftServiceFactory.createAndInitCliService(options);
    }

    /** The RPC client the membership service uses, shared to reach the leader. */
    RpcClient rpcClient() {
        return ((AbstractClientService) ((CliServiceImpl) cli).getCliClientService()).getRpcClient();
    }

    CompletionStage<Void> add(String address) {
        PeerId peer = PeerId.parsePeer(address);
        return run("add peer " + address, () -> {
            // a peer still starting (a loaded machine, a cold JVM) may miss the leader's catch-up window: it is
            // not refused, only late, so the change is asked again
            Status status = whileBusy(() -> cli.addPeer(groupId, reachable(), peer), timeout);
            for (int again = 1; again < CATCH_UP_ATTEMPTS && status.getRaftError() == RaftError.ECATCHUP; again++) {
                status = whileBusy(() -> cli.addPeer(groupId, reachable(), peer), timeout);
            }
            return status;
        });
    }

    CompletionStage<Void> remove(String address) {
        PeerId peer = PeerId.parsePeer(address);
        return run("remove peer " + address, () -> whileBusy(() -> cli.removePeer(groupId, reachable(), peer), timeout));
    }

    /**
     * {@code change}'s status, asked again while the leader answers EBUSY (another configuration change is under
     * way), pausing 20 ms, then twice as long each time up to 500 ms, until {@code patience} has passed; the last
     * status then, or on interrupt (the interrupt kept).
     */
    static Status whileBusy(Supplier<Status> change, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pauseMillis = FIRST_PAUSE_MILLIS;
        Status status = change.get();
        while (status.getRaftError() == RaftError.EBUSY && deadline - System.nanoTime() > 0) {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
            pauseMillis = Math.min(LONGEST_PAUSE_MILLIS, 2 * pauseMillis);
            status = change.get();
        }
        return status;
    }

    /** The voting members, as the leader knows them (this node if it leads, else asked over RPC). */
    List<String> peers() {
        List<PeerId> peers = node.get().isLeader() ? node.get().listPeers() : cli.getPeers(groupId, reachable());
        return peers.stream().map(p -> p.getEndpoint().toString()).toList();
    }

    /** Nodes to ask for the leader: the leader this node knows of first, then the configured peers. */
    private Configuration reachable() {
        List<PeerId> candidates = new ArrayList<>();
        PeerId leader = node.get().getLeaderId();
        if (leader != null && !leader.isEmpty()) {
            candidates.add(leader.copy());
        }
        knownPeers.stream().map(PeerId::parsePeer).filter(p -> !candidates.contains(p)).forEach(candidates::add);
        return new Configuration(candidates);
    }

    private CompletionStage<Void> run(String what, Supplier<Status> change) {
        return CompletableFuture.supplyAsync(change, executor).thenAccept(status -> {
            if (!status.isOk()) {
                throw new RaftCommandException(what + " failed: " + status + "; check that a quorum of the group"
                        + " runs and that the peer's node is started (with join(true) when new)", false);
            }
        });
    }

    @Override
    public void close() {
        cli.shutdown();
    }
}
