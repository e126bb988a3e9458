package io.hms.consensus.chaos;

import com.alipay.sofa.jraft.rpc.RpcContext;
import com.alipay.sofa.jraft.rpc.RpcProcessor;
import com.alipay.sofa.jraft.rpc.RpcServer;
import com.alipay.sofa.jraft.rpc.impl.ConnectionClosedEventListener;
import com.alipay.sofa.jraft.util.Endpoint;
import java.util.concurrent.Executor;

/** A server that never answers a request to its node while isolated, or from an isolated sender. */
final class PartitioningRpcServer implements RpcServer {

    private final RpcServer delegate;
    private final Endpoint self;

    PartitioningRpcServer(RpcServer delegate, Endpoint self) {
        this.delegate = delegate;
        this.self = self;
    }

    @Override
    public void registerProcessor(RpcProcessor<?> processor) {
        delegate.registerProcessor(dropping(processor));
    }

    private <T> RpcProcessor<T> dropping(RpcProcessor<T> processor) {
        return new RpcProcessor<>() {
            @Override
            public void handleRequest(RpcContext context, T request) {
                if (!Partitions.drops(null, self, request)) {
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
