package io.hms.consensus.chaos;

import com.alipay.sofa.jraft.rpc.RpcContext;
import com.alipay.sofa.jraft.rpc.RpcProcessor;
import com.alipay.sofa.jraft.rpc.RpcServer;
import com.alipay.sofa.jraft.rpc.impl.ConnectionClosedEventListener;
import java.util.concurrent.Executor;

/** The server of one node, which never answers a request while that node is cut off. */
final class PartitioningRpcServer implements RpcServer {

    private final RpcServer delegate;
    private final NodePartition partition;

    PartitioningRpcServer(RpcServer delegate, NodePartition partition) {
        this.delegate = delegate;
        this.partition = partition;
    }

    @Override
    public void registerProcessor(RpcProcessor<?> processor) {
        delegate.registerProcessor(dropping(processor));
    }

    private <T> RpcProcessor<T> dropping(RpcProcessor<T> processor) {
        return new RpcProcessor<>() {
            @Override
            public void handleRequest(RpcContext context, T request) {
                if (!partition.isolated()) {
                    processor.handleRequest(context, request);
                }
            }

            @Override
            public String interest() {
                return processor.interest();
            }

            @Override
            public Executor executor() {
                return processor.executor();
            }

            @Override
            public ExecutorSelector executorSelector() {
                return processor.executorSelector();
            }
        };
    }

    @Override
    public void registerConnectionClosedEventListener(ConnectionClosedEventListener listener) {
        delegate.registerConnectionClosedEventListener(listener);
    }

    @Override
    public int boundPort() {
        return delegate.boundPort();
    }

    @Override
    public boolean isStarted() {
        return delegate.isStarted();
    }

    @Override
    public boolean init(Void opts) {
        return delegate.init(opts);
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }
}
