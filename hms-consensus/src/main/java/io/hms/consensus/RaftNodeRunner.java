package io.hms.consensus;

import com.alipay.sofa.jraft.Node;
import com.alipay.sofa.jraft.RaftGroupService;
import com.alipay.sofa.jraft.core.NodeImpl;
import com.alipay.sofa.jraft.entity.PeerId;
import com.alipay.sofa.jraft.option.NodeOptions;
import com.alipay.sofa.jraft.rpc.RaftRpcServerFactory;
import com.alipay.sofa.jraft.rpc.RpcServer;
import com.alipay.sofa.jraft.rpc.impl.AbstractClientService;
import com.alipay.sofa.jraft.util.Endpoint;
import io.hms.consensus.chaos.PartitioningRpcFactory;
import io.hms.consensus.chaos.Partitions;
import io.hms.core.chaos.ClusterFaults;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the jraft node of a {@link RaftCoordinator}, and lets chaos stop it as in a crash, start it
 * again from its data directory, and cut it off from its peers ({@link ClusterFaults}). The coordinator
 * reads {@link #current()} on each use, so it always speaks to the node started last. Thread-safe:
 * lifecycle changes are serialized.
 */
final class RaftNodeRunner implements ClusterFaults {

    private static final Logger LOG = LoggerFactory.getLogger(RaftNodeRunner.class);

    private final String groupId;
    private final PeerId self;
    private final Supplier<NodeOptions> options;
    private final Consumer<RpcServer> processors;
    private volatile Node current;
    private RaftGroupService group;
    private boolean running;
    private boolean isolated;
    private boolean closed;

    /**
     * @param groupId    the Raft group
     * @param self       this node
     * @param options    fresh node options for each start (same data directory and state machine)
     * @param processors registers the coordinator's own processors on each new RPC server
     */
    RaftNodeRunner(String groupId, PeerId self, Supplier<NodeOptions> options, Consumer<RpcServer> processors) {
        this.groupId = groupId;
        this.self = self;
        this.options = options;
        this.processors = processors;
    }

    /**
     * The node started last: while it is killed, the stopped node, which answers as a shut-down jraft node
     * does (not leader, no leader known, proposals refused). Read it per use, never keep it.
     */
    Node current() {
        return current;
    }

    private Endpoint endpoint() {
        return self.getEndpoint();
    }

    /** Starts the node and its RPC server. */
    synchronized void start() {
        RpcServer server = RaftRpcServerFactory.createRaftRpcServer(endpoint());
        processors.accept(server);
        RaftGroupService started = new RaftGroupService(groupId, self, options.get(), server);
        Node fresh = started.start(true);
        if (fresh == null) {
            started.shutdown();
            throw new IllegalStateException("the Raft node did not start");
        }
        if (fresh instanceof NodeImpl impl && impl.getRpcService() instanceof AbstractClientService client) {
            PartitioningRpcFactory.bind(client.getRpcClient(), endpoint());
        }
        group = started;
        current = fresh;
        running = true;
    }

    /**
     * Stops the node and its RPC server as a crash would: its messages are dropped first, so that a
     * leader cannot hand its leadership over on the way down. They stay dropped until {@link #restartNode()}.
     */
    @Override
    public synchronized void crashNode() {
        requireRunning("killed");
        if (isolated) {
            throw new IllegalStateException("node " + endpoint() + " is partitioned; heal it before killing it");
        }
        Partitions.isolate(endpoint());
        stop();
        LOG.warn("Raft node {} killed (as in a crash)", endpoint());
    }

    /** Starts the node again after {@link #crashNode()}; it rejoins and catches up from its data directory. */
    @Override
    public synchronized void restartNode() {
        if (running || closed) {
            throw new IllegalStateException("node " + endpoint() + " is " + (closed ? "closed" : "running")
                    + "; only a killed node restarts");
        }
        Partitions.heal(endpoint());
        start();
        LOG.warn("Raft node {} restarted from its data directory", endpoint());
    }

    /** Drops every message from or to the running node. */
    @Override
    public synchronized void isolateNode() {
        requireRunning("partitioned");
        if (!Partitions.isolate(endpoint())) {
            throw new IllegalStateException("node " + endpoint() + " is already partitioned; heal it first");
        }
        isolated = true;
        LOG.warn("Raft node {} partitioned from its peers", endpoint());
    }

    /** Lets the node's messages through again. */
    @Override
    public synchronized void healNode() {
        if (isolated) {
            Partitions.heal(endpoint());
            isolated = false;
            LOG.warn("Raft node {} partition healed", endpoint());
        }
    }

    /** Stops the node for good and lifts any isolation; idempotent. */
    synchronized void shutdown() {
        closed = true;
        if (running) {
            stop();
        }
        Partitions.heal(endpoint());
        isolated = false;
    }

    private void requireRunning(String what) {
        if (!running) {
            throw new IllegalStateException("node " + endpoint() + " cannot be " + what + ": it is not running "
                    + "(killed, closed, or its restart failed); revert the node kill, or call "
                    + "coordinator.clusterFaults().restartNode()");
        }
    }

    private void stop() {
        running = false;
        group.shutdown();
        try {
            group.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
