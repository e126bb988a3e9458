package io.hms.consensus.internal;

import com.alipay.sofa.jraft.Node;
import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.closure.ReadIndexClosure;
import com.alipay.sofa.jraft.option.ReadOnlyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Makes a state query linearizable: completes once this replica has applied every entry committed
 * before the query began, as confirmed by the leader (ReadIndex) or by its lease (lease read).
 * Works on followers too (jraft asks the leader). Retried while no leader is known, until the
 * timeout. Thread-safe.
 */
public final class ReadBarrier {

    private static final byte[] NO_CONTEXT = new byte[0];
    private static final long RETRY_MILLIS = 50;

    private final Supplier<Node> node;
    private final ReadOnlyOption option;
    private final ScheduledExecutorService retries;
    private final Duration timeout;

    /**
     * @param node    this replica
     * @param option  ReadIndex ({@code ReadOnlySafe}) or lease ({@code ReadOnlyLeaseBased})
     * @param retries runs delayed retries
     * @param timeout how long a read may wait in all
     */
    public ReadBarrier(Supplier<Node> node, ReadOnlyOption option, ScheduledExecutorService retries, Duration timeout) {
        this.node = node;
        this.option = option;
        this.retries = retries;
        this.timeout = timeout;
    }

    /** Completes when reading this replica's state is linearizable; fails after the timeout. */
    public CompletableFuture<Void> await() {
        CompletableFuture<Void> result = new CompletableFuture<>();
        attempt(System.nanoTime() + timeout.toNanos(), result);
        return result;
    }

    private void attempt(long deadline, CompletableFuture<Void> result) {
        node.get().readIndex(option, NO_CONTEXT, new ReadIndexClosure() {
            @Override
            public void run(Status status, long index, byte[] context) {
                if (status.isOk()) {
                    result.complete(null);
                } else if (System.nanoTime() < deadline) {
                    try {
                        retries.schedule(() -> attempt(deadline, result), RETRY_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                } else {
                    result.completeExceptionally(new TimeoutException("no linearizable read within " + timeout
                            + ": " + status));
                }
            }
        });
    }
}
