package io.hms.consensus.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alipay.sofa.jraft.error.RemotingException;
import com.alipay.sofa.jraft.option.CliOptions;
import com.alipay.sofa.jraft.option.NodeOptions;
import com.alipay.sofa.jraft.rpc.RpcClient;
import com.alipay.sofa.jraft.rpc.RpcContext;
import com.alipay.sofa.jraft.rpc.RpcProcessor;
import com.alipay.sofa.jraft.rpc.RpcRequests.TimeoutNowRequest;
import com.alipay.sofa.jraft.rpc.RpcServer;
import com.alipay.sofa.jraft.rpc.impl.ConnectionClosedEventListener;
import com.alipay.sofa.jraft.util.Endpoint;
import com.alipay.sofa.jraft.util.RpcFactoryHelper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitioningRpcFactoryTest {

    private final PartitioningRpcFactory factory = new PartitioningRpcFactory();
    private final Endpoint peer = new Endpoint("127.0.0.1", 7002);
    private final TimeoutNowRequest request = TimeoutNowRequest.newBuilder().setGroupId("hms").setTerm(3)
            .setServerId("127.0.0.1:7001").setPeerId("127.0.0.1:7002").build();
    /** A client as jraft makes one for {@code options} (never started: no connection, no thread). */
    private RpcClient clientFor(com.alipay.sofa.jraft.option.RpcOptions options) {
        return factory.createRpcClient(factory.defaultJRaftClientConfigHelper(options));
    }

    @Test
    void jraftLoadsThePartitioningFactoryInPlaceOfBolt() {
        assertThat(RpcFactoryHelper.rpcFactory()).isInstanceOf(PartitioningRpcFactory.class);
    }

    @Test
    void aClientOfANodeThatDidNotOptInIsTheWrappedFactorysOwn() {
        assertThat(PartitioningRpcFactory.partitions(clientFor(new NodeOptions()))).isFalse();
        assertThat(PartitioningRpcFactory.partitions(clientFor(new CliOptions()))).isFalse();
        assertThat(PartitioningRpcFactory.partitions(factory.createRpcClient(null))).isFalse();
    }

    @Test
    void aClientOfAnIsolatedNodeFailsEveryRequestAtOnceAsIfItCouldNotConnect() {
        NodePartition partition = new NodePartition("127.0.0.1:7001");
        RpcClient node = clientFor(new PartitionedNodeOptions(partition));
        RpcClient membership = clientFor(new PartitionedCliOptions(partition));

        assertThat(partition.isolate()).isTrue();

        for (RpcClient client : List.of(node, membership)) {
            assertThat(PartitioningRpcFactory.partitions(client)).isTrue();
            assertThatThrownBy(() -> client.invokeAsync(peer, request, null, (result, error) -> { }, 1000))
                    .isInstanceOf(RemotingException.class).hasMessageContaining("partitioned by a chaos fault");
            assertThatThrownBy(() -> client.invokeSync(peer, request, null, 1000))
                    .isInstanceOf(RemotingException.class);
        }
        assertThat(partition.heal()).isTrue();
        assertThat(partition.heal()).as("healed once").isFalse();
    }

    @Test
    void eachNodeHasItsOwnPartitionState() throws Exception {
        NodePartition cutOff = new NodePartition("127.0.0.1:7001");
        NodePartition other = new NodePartition("127.0.0.1:7003");
        RecordingClient sent = new RecordingClient();
        RpcClient otherClient = new PartitioningRpcClient(sent, other);

        cutOff.isolate();
        otherClient.invokeAsync(peer, request, null, (result, error) -> { }, 1000);
        other.isolate();

        assertThat(sent.requests).as("the other node's request went out").containsExactly(request);
        assertThatThrownBy(() -> otherClient.invokeAsync(peer, request, null, (result, error) -> { }, 1000))
                .isInstanceOf(RemotingException.class);
        assertThat(sent.requests).hasSize(1);
    }

    @Test
    void theServerOfAnIsolatedNodeAnswersNothing() {
        NodePartition partition = new NodePartition("127.0.0.1:7001");
        RecordingServer bare = new RecordingServer();
        RpcServer server = PartitioningRpcFactory.partitioning(bare, partition);
        List<Object> handled = new ArrayList<>();
        server.registerProcessor(new RpcProcessor<TimeoutNowRequest>() {
            @Override
            public void handleRequest(RpcContext context, TimeoutNowRequest received) {
                handled.add(received);
            }

            @Override
            public String interest() {
                return TimeoutNowRequest.class.getName();
            }
        });
        @SuppressWarnings("unchecked")
        RpcProcessor<TimeoutNowRequest> registered = (RpcProcessor<TimeoutNowRequest>) bare.processors.getFirst();

        registered.handleRequest(null, request);
        partition.isolate();
        registered.handleRequest(null, request);
        partition.heal();
        registered.handleRequest(null, request);

        assertThat(handled).hasSize(2);
        assertThat(registered.interest()).isEqualTo(TimeoutNowRequest.class.getName());
    }

    /** A client that only records the requests sent through it. */
    private static final class RecordingClient implements RpcClient {
        final List<Object> requests = new ArrayList<>();

        @Override
        public boolean checkConnection(Endpoint endpoint) {
            return true;
        }

        @Override
        public boolean checkConnection(Endpoint endpoint, boolean createIfAbsent) {
            return true;
        }

        @Override
        public void closeConnection(Endpoint endpoint) {
        }

        @Override
        public void registerConnectEventListener(com.alipay.sofa.jraft.ReplicatorGroup replicatorGroup) {
        }

        @Override
        public Object invokeSync(Endpoint endpoint, Object sent, com.alipay.sofa.jraft.rpc.InvokeContext ctx,
                                 long timeoutMs) {
            requests.add(sent);
            return null;
        }

        @Override
        public void invokeAsync(Endpoint endpoint, Object sent, com.alipay.sofa.jraft.rpc.InvokeContext ctx,
                                com.alipay.sofa.jraft.rpc.InvokeCallback callback, long timeoutMs) {
            requests.add(sent);
        }

        @Override
        public boolean init(com.alipay.sofa.jraft.option.RpcOptions opts) {
            return true;
        }

        @Override
        public void shutdown() {
        }
    }

    /** A server that only records the processors registered on it. */
    private static final class RecordingServer implements RpcServer {
        final List<RpcProcessor<?>> processors = new ArrayList<>();

        @Override
        public void registerConnectionClosedEventListener(ConnectionClosedEventListener listener) {
        }

        @Override
        public void registerProcessor(RpcProcessor<?> processor) {
            processors.add(processor);
        }

        @Override
        public int boundPort() {
            return 0;
        }

        @Override
        public boolean isStarted() {
            return false;
        }

        @Override
        public boolean init(Void opts) {
            return true;
        }

        @Override
        public void shutdown() {
        }
    }
}
