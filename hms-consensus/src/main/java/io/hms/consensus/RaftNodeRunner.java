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
import com.alipay.sofa.jraft.util.RpcFactoryHelper;
import io.hms.api.spi.ClusterFaults;
import io.hms.consensus.chaos.NodePartition;
import io.hms.consensus.chaos.PartitioningRpcFactory;
import io.hms.consensus.internal.QuorumContact;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the jraft node of a {@link RaftCoordinator}, and, when its config enables chaos faults, lets
 * chaos stop it as in a crash, start it again from its data directory, and cut it off from its peers
 * ({@link ClusterFaults}) through the node's own {@link NodePartition}. The coordinator reads
 * {@link #current()} on each use, so it always speaks to the node started last. Tells the node's
 * {@link QuorumContact} when it starts and when it is killed. Thread-safe: lifecycle changes are
 * serialized.
 */
final class RaftNodeRunner implements ClusterFaults {

    private static final Logger LOG = LoggerFactory.getLogger(RaftNodeRunner.class);

    private final String groupId;
    private final PeerId self;
    private final Supplier<NodeOptions> options;
    private final Consumer<RpcServer> processors;
    private final NodePartition partition;
    private final QuorumContact contact;
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
     * @param partition  the node's partition state when chaos faults are enabled, else null
     * @param contact    told when the node starts and when it is killed
     */
    RaftNodeRunner(String groupId, PeerId self, Supplier<NodeOptions> options, Consumer<RpcServer> processors,
                   NodePartition partition, QuorumContact contact) {
        this.groupId = groupId;
        this.self = self;
        this.options = options;
        this.processors = processors;
        this.partition = partition;
        this.contact = contact;
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
        RpcServer bare = RpcFactoryHelper.rpcFactory().createRpcServer(endpoint());
        RpcServer server = partition == null ? bare : PartitioningRpcFactory.partitioning(bare, partition);
        RaftRpcServerFactory.addRaftRequestProcessors(server);
        processors.accept(server);
        contact.started();
        RaftGroupService started = new RaftGroupService(groupId, self, options.get(), server);
        Node fresh = started.start(true);
        if (fresh == null) {
            started.shutdown();
            throw new IllegalStateException("the Raft node did not start");
        }
        if (partition != null && fresh instanceof NodeImpl impl
                && impl.getRpcService() instanceof AbstractClientService client
                && !PartitioningRpcFactory.partitions(client.getRpcClient())) {
            LOG.warn("the RPC client of Raft node {} was not made by {}; a partition can only stop its server."
                    + " Check that no other RaftRpcFactory with a higher priority is on the class path", endpoint(),
                    PartitioningRpcFactory.class.getName());
        }
        group = started;
        current = fresh;
        running = true;
    }

    /** Whether chaos has cut the node off now: partitioned, or killed (cut off first). */
    boolean cutOff() {
        return partition != null && partition.isolated();
    }

    /**
     * Stops the node and its RPC server as a crash would: its messages are dropped first, so that a
     * leader cannot hand its leadership over on the way down. They stay dropped until {@link #restartNode()}.
     */
    @Override
    public synchronized void crashNode() {
        requireChaosFaults("killed");
        requireRunning("killed");
        if (isolated) {
            throw new IllegalStateException("node " + endpoint() + " is partitioned; heal it before killing it");
        }
        partition.isolate();
        stop();
        contact.lost();
        LOG.warn("Raft node {} killed (as in a crash)", endpoint());
    }

    /** Starts the node again after {@link #crashNode()}; it rejoins and catches up from its data directory. */
    @Override
    public synchronized void restartNode() {
        if (running || closed) {
            throw new IllegalStateException("node " + endpoint() + " is " + (closed ? "closed" : "running")
                    + "; only a killed node restarts");
        }
        if (partition != null) {
            partition.heal();
        }
        start();
        LOG.warn("Raft node {} restarted from its data directory", endpoint());
    }

    /** Drops every message from or to the running node. */
    @Override
    public synchronized void isolateNode() {
        requireChaosFaults("partitioned");
        requireRunning("partitioned");
        if (!partition.isolate()) {
            throw new IllegalStateException("node " + endpoint() + " is already partitioned; heal it first");
        }
        isolated = true;
        LOG.warn("Raft node {} partitioned from its peers", endpoint());
    }

    /** Lets the node's messages through again. */
    @Override
    public synchronized void healNode() {
        if (isolated) {
            partition.heal();
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
        if (partition != null) {
            partition.heal();
        }
        isolated = false;
    }

    private void requireChaosFaults(String what) {
        if (partition == null) {
            throw new IllegalStateException("node " + endpoint() + " cannot be " + what + ": its coordinator was"
                    + " started without chaos faults; build its RaftConfig with .chaosFaults(true) (or set"
                    + " -Dhms.raft.chaosFaults=true) on the instances chaos may break");
        }
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
