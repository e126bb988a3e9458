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

/**
 * jraft's RPC factory, able to partition the nodes that opt in: it makes the clients and servers of the
 * factory jraft would otherwise choose (the next highest {@link SPI#priority()} on the class path:
 * {@link BoltRaftRpcFactory} with jraft-core alone, gRPC's when a host adds it), and wraps a client only
 * when jraft makes it with {@link PartitionedOptions} (the options of a node whose coordinator enables
 * chaos faults), so that it drops every request while that node's {@link NodePartition} is isolated.
 * Every other client, and every server, is the wrapped factory's own object, untouched: a host whose
 * coordinators do not enable chaos faults, or any other jraft user in the JVM, runs on plain Bolt.
 *
 * <p>jraft finds its factory only through its service loader, once per JVM, and makes a node's own
 * client inside the node: hence this registration, with a higher priority than Bolt's. A node's server
 * is made by its coordinator, which wraps it with {@link #partitioning(RpcServer, NodePartition)}.
 * Thread-safe.
 */
@SPI(priority = 100)
public final class PartitioningRpcFactory implements RaftRpcFactory {

    private final RaftRpcFactory wrapped = wrapped();

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
     * {@code server}, answering nothing while {@code partition} is isolated: for the RPC server of a node
     * that opts into partitions. Register its processors through the returned server.
     */
    public static RpcServer partitioning(RpcServer server, NodePartition partition) {
        return new PartitioningRpcServer(server, partition);
    }

    /** Whether {@code client} drops its requests while its node is cut off (it was made for a node that opted in). */
    public static boolean partitions(RpcClient client) {
        return client instanceof PartitioningRpcClient;
    }

    /** A client configured as the wrapped factory wants it, marked with the partition it must obey. */
    private record PartitionedHelper(ConfigHelper<RpcClient> wrapped, NodePartition partition)
            implements ConfigHelper<RpcClient> {

        @Override
        public void config(RpcClient client) {
            if (wrapped != null) {
                wrapped.config(client);
            }
        }
    }

    @Override
    public ConfigHelper<RpcClient> defaultJRaftClientConfigHelper(RpcOptions opts) {
        ConfigHelper<RpcClient> helper = wrapped.defaultJRaftClientConfigHelper(opts);
        return opts instanceof PartitionedOptions partitioned
                ? new PartitionedHelper(helper, partitioned.partition()) : helper;
    }

    @Override
    public RpcClient createRpcClient(ConfigHelper<RpcClient> helper) {
        if (helper instanceof PartitionedHelper partitioned) {
            return new PartitioningRpcClient(wrapped.createRpcClient(partitioned.wrapped()), partitioned.partition());
        }
        return wrapped.createRpcClient(helper);
    }

    @Override
    public void registerProtobufSerializer(String className, Object... args) {
        wrapped.registerProtobufSerializer(className, args);
    }

    @Override
    public RpcServer createRpcServer(Endpoint endpoint, ConfigHelper<RpcServer> helper) {
        return wrapped.createRpcServer(endpoint, helper);
    }

    @Override
    public RpcResponseFactory getRpcResponseFactory() {
        return wrapped.getRpcResponseFactory();
    }

    @Override
    public boolean isReplicatorPipelineEnabled() {
        return wrapped.isReplicatorPipelineEnabled();
    }

    @Override
    public void ensurePipeline() {
        wrapped.ensurePipeline();
    }

    @Override
    public ConfigHelper<RpcServer> defaultJRaftServerConfigHelper(RpcOptions opts) {
        return wrapped.defaultJRaftServerConfigHelper(opts);
    }
}
