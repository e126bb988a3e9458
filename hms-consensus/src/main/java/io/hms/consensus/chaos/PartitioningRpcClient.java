package io.hms.consensus.chaos;

import com.alipay.sofa.jraft.ReplicatorGroup;
import com.alipay.sofa.jraft.error.RemotingException;
import com.alipay.sofa.jraft.option.RpcOptions;
import com.alipay.sofa.jraft.rpc.InvokeCallback;
import com.alipay.sofa.jraft.rpc.InvokeContext;
import com.alipay.sofa.jraft.rpc.RpcClient;
import com.alipay.sofa.jraft.util.Endpoint;

/**
 * A client of one node that fails at once every request while that node is cut off, as if it could not
 * connect.
 */
final class PartitioningRpcClient implements RpcClient {

    private final RpcClient delegate;
    private final NodePartition partition;

    PartitioningRpcClient(RpcClient delegate, NodePartition partition) {
        this.delegate = delegate;
        this.partition = partition;
    }

    private void check(Endpoint endpoint, Object request) throws RemotingException {
        if (partition.isolated()) {
            throw new RemotingException("request " + request.getClass().getSimpleName() + " to " + endpoint
                    + " dropped: this node is partitioned by a chaos fault (" + partition + ")");
        }
    }

    @Override
    public Object invokeSync(Endpoint endpoint, Object request, InvokeContext ctx, long timeoutMs)
            throws InterruptedException, RemotingException {
        check(endpoint, request);
        return delegate.invokeSync(endpoint, request, ctx, timeoutMs);
    }

    @Override
    public void invokeAsync(Endpoint endpoint, Object request, InvokeContext ctx, InvokeCallback callback,
                            long timeoutMs) throws InterruptedException, RemotingException {
        check(endpoint, request);
        delegate.invokeAsync(endpoint, request, ctx, callback, timeoutMs);
    }

    @Override
    public boolean checkConnection(Endpoint endpoint) {
        return delegate.checkConnection(endpoint);
    }

    @Override
    public boolean checkConnection(Endpoint endpoint, boolean createIfAbsent) {
        return delegate.checkConnection(endpoint, createIfAbsent);
    }

    @Override
    public void closeConnection(Endpoint endpoint) {
        delegate.closeConnection(endpoint);
    }

    @Override
    public void registerConnectEventListener(ReplicatorGroup replicatorGroup) {
        delegate.registerConnectEventListener(replicatorGroup);
    }

    @Override
    public boolean init(RpcOptions opts) {
        return delegate.init(opts);
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public String toString() {
        return "partitioning " + delegate;
    }
}
