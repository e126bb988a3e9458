package io.hms.consensus.chaos;

import com.alipay.sofa.jraft.option.RpcOptions;
import com.alipay.sofa.jraft.rpc.RaftRpcFactory;
import com.alipay.sofa.jraft.rpc.RpcClient;
import com.alipay.sofa.jraft.rpc.RpcResponseFactory;
import com.alipay.sofa.jraft.rpc.RpcServer;
import com.alipay.sofa.jraft.rpc.impl.BoltRaftRpcFactory;
import com.alipay.sofa.jraft.util.Endpoint;
import com.alipay.sofa.jraft.util.SPI;
import java.util.Comparator;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jraft's RPC factory with partitions: the clients and servers of the factory jraft would otherwise
 * choose (the next highest {@link SPI#priority()} on the class path: {@link BoltRaftRpcFactory} with
 * jraft-core alone, gRPC's when a host adds it), wrapped so that messages from or to a node in
 * {@link Partitions} are dropped. jraft loads it through its service loader in place of that factory
 * (a higher priority) whenever hms-consensus is on the class path; while no node is isolated it only
 * forwards.
 *
 * <p>A dropped request fails in the client at once, as when the peer cannot be reached ({@code
 * RemotingException}); on a server, a request from or to an isolated node is never answered, so a
 * client in another process that does not know of the partition times out. Thread-safe.
 */
@SPI(priority = 100)
public final class PartitioningRpcFactory implements RaftRpcFactory {

    private static final Logger LOG = LoggerFactory.getLogger(PartitioningRpcFactory.class);

    private final RaftRpcFactory bolt = wrapped();

    /** For jraft's service loader. */
    public PartitioningRpcFactory() {
    }

    /** The factory jraft would choose without this one; read from the class path before instantiating. */
    private static RaftRpcFactory wrapped() {
        return ServiceLoader.load(RaftRpcFactory.class, PartitioningRpcFactory.class.getClassLoader()).stream()
                .filter(p -> p.type() != PartitioningRpcFactory.class)
                .max(Comparator.comparingInt(p -> priority(p.type())))
                .map(ServiceLoader.Provider::get)
                .orElseGet(BoltRaftRpcFactory::new);
    }

    private static int priority(Class<?> type) {
        SPI spi = type.getAnnotation(SPI.class);
        return spi == null ? 0 : spi.priority();
    }

    /**
     * Tells a client made by this factory which node sends through it, so that its messages are
     * dropped while that node is isolated even when they do not name their sender (forwarded commands,
     * membership requests).
     *
     * @return false if the client was not made by this factory (another RPC factory won the service
     *         lookup), and only Raft requests can be judged
     */
    public static boolean bind(RpcClient client, Endpoint sender) {
        if (client instanceof PartitioningRpcClient partitioning) {
            partitioning.sender(sender);
            return true;
        }
        LOG.warn("RPC client {} was not made by {}; partitions can drop only its Raft requests. Check that no "
                + "other RaftRpcFactory with a higher priority is on the class path", client, PartitioningRpcFactory.class.getName());
        return false;
    }

    @Override
    public void registerProtobufSerializer(String className, Object... args) {
        bolt.registerProtobufSerializer(className, args);
    }

    @Override
    public RpcClient createRpcClient(ConfigHelper<RpcClient> helper) {
        return new PartitioningRpcClient(bolt.createRpcClient(helper));
    }

    @Override
    public RpcServer createRpcServer(Endpoint endpoint, ConfigHelper<RpcServer> helper) {
        return new PartitioningRpcServer(bolt.createRpcServer(endpoint, helper), endpoint);
    }

    @Override
    public RpcResponseFactory getRpcResponseFactory() {
        return bolt.getRpcResponseFactory();
    }

    @Override
    public boolean isReplicatorPipelineEnabled() {
        return bolt.isReplicatorPipelineEnabled();
    }

    @Override
    public void ensurePipeline() {
        bolt.ensurePipeline();
    }

    @Override
    public ConfigHelper<RpcClient> defaultJRaftClientConfigHelper(RpcOptions opts) {
        return bolt.defaultJRaftClientConfigHelper(opts);
    }

    @Override
    public ConfigHelper<RpcServer> defaultJRaftServerConfigHelper(RpcOptions opts) {
        return bolt.defaultJRaftServerConfigHelper(opts);
    }
}
