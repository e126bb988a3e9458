package io.hms.benchmarks.raft;

import com.alipay.sofa.jraft.Node;
import com.alipay.sofa.jraft.RaftGroupService;
import com.alipay.sofa.jraft.StateMachine;
import com.alipay.sofa.jraft.conf.Configuration;
import com.alipay.sofa.jraft.entity.PeerId;
import com.alipay.sofa.jraft.entity.Task;
import com.alipay.sofa.jraft.option.NodeOptions;
import com.alipay.sofa.jraft.option.RaftOptions;
import com.alipay.sofa.jraft.rpc.RaftRpcServerFactory;
import io.hms.consensus.RaftConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Three bare jraft nodes in this JVM on 127.0.0.1, set up like a {@code RaftCoordinator} on defaults
 * (same election timeout and delay, log storage, ReadIndex reads and hourly snapshots), for comparison:
 * each runs a {@link BareCounterStateMachine}, or a state machine of the caller's choice. A group made
 * with {@code syncLog} false skips the log's fsync: a control for telling the disk's share from the CPU's.
 */
public final class BareCluster implements AutoCloseable {

    private final List<RaftGroupService> groups = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();

    /** Starts counter nodes at {@code addresses}, each with a data directory under {@code root}. */
    public BareCluster(List<String> addresses, Path root) {
        this(addresses, root, "bare", BareCounterStateMachine::new);
    }

    /**
     * Starts nodes of group {@code groupId} at {@code addresses}, each with a data directory under
     * {@code root} and a state machine made by {@code stateMachine}.
     */
    public BareCluster(List<String> addresses, Path root, String groupId, Supplier<StateMachine> stateMachine) {
        this(addresses, root, groupId, stateMachine, true);
    }

    /**
     * As {@link #BareCluster(List, Path, String, Supplier)}, with the log synced to disk on every append
     * ({@code syncLog}, jraft's and the coordinator's default) or not.
     */
    public BareCluster(List<String> addresses, Path root, String groupId, Supplier<StateMachine> stateMachine,
                       boolean syncLog) {
        Configuration conf = new Configuration(addresses.stream().map(PeerId::parsePeer).toList());
        for (String address : addresses) {
            PeerId self = PeerId.parsePeer(address);
            Path dir = root.resolve(address.replace(':', '_'));
            createDirectories(dir.resolve("log"), dir.resolve("raft_meta"), dir.resolve("snapshot"));
            NodeOptions options = new NodeOptions();
            options.setFsm(stateMachine.get());
            options.setLogUri(dir.resolve("log").toString());
            options.setRaftMetaUri(dir.resolve("raft_meta").toString());
            options.setSnapshotUri(dir.resolve("snapshot").toString());
            // the coordinator's defaults: election timeout, and a random election delay of half of it
            int electionMillis = Math.toIntExact(RaftConfig.DEFAULT_ELECTION_TIMEOUT_MILLIS);
            options.setElectionTimeoutMs(electionMillis);
            RaftOptions raft = new RaftOptions();
            raft.setMaxElectionDelayMs(electionMillis / 2);
            raft.setSync(syncLog);
            options.setRaftOptions(raft);
            options.setSnapshotIntervalSecs(3600);
            options.setInitialConf(conf.copy());
            RaftGroupService group = new RaftGroupService(groupId, self, options,
                    RaftRpcServerFactory.createRaftRpcServer(self.getEndpoint()));
            groups.add(group);
            nodes.add(group.start(true));
        }
    }

    private static void createDirectories(Path... directories) {
        try {
            for (Path directory : directories) {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The leader, once elected (waits up to 20 s). */
    public Node leader() {
        return LocalGroups.awaitLeader(nodes, Node::isLeader);
    }

    /**
     * Adds {@code delta} through {@code leader} in an entry of {@code entryBytes} (at least 8; the
     * rest is padding); completes once applied on the leader.
     */
    public static CompletableFuture<Void> add(Node leader, long delta, int entryBytes) {
        return apply(leader, ByteBuffer.allocate(Math.max(Long.BYTES, entryBytes)).putLong(0, delta));
    }

    /** Appends {@code entry} through {@code leader}; completes once applied on the leader. */
    public static CompletableFuture<Void> apply(Node leader, ByteBuffer entry) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        leader.apply(new Task(entry, status -> {
            if (status.isOk()) {
                done.complete(null);
            } else {
                done.completeExceptionally(new IllegalStateException(status.toString()));
            }
        }));
        return done;
    }

    @Override
    public void close() {
        for (RaftGroupService group : groups) {
            group.shutdown();
        }
        for (RaftGroupService group : groups) {
            try {
                group.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
