package io.hms.consensus.internal;

import com.alipay.sofa.jraft.Closure;
import com.alipay.sofa.jraft.Status;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Moves the completion of commands off jraft's threads onto the coordinator's callback threads, so
 * that no caller's code runs on the replication thread: the state machine hands over the closures of
 * the entries it applied in one batch as one task, and a future completed there reaches its caller
 * without a further hop. Thread-safe.
 */
public final class Completions {

    private final Executor callbacks;
    private final ThreadLocal<Boolean> onCallbackThread = ThreadLocal.withInitial(() -> false);

    /** @param callbacks the threads that complete callers' futures */
    public Completions(Executor callbacks) {
        this.callbacks = callbacks;
    }

    /** Runs the closures of one batch of applied entries with OK, in log order, on a callback thread. */
    void applied(List<Closure> batch) {
        try {
            callbacks.execute(() -> {
                onCallbackThread.set(true);
                batch.forEach(done -> done.run(Status.OK()));
            });
        } catch (RejectedExecutionException closing) {
            batch.forEach(done -> done.run(Status.OK()));
        }
    }

    /**
     * A future that completes like {@code source}, on a callback thread: at once when {@code source}
     * completes on one, else after a hop to one (or on the calling thread once the coordinator is closed).
     */
    public <T> CompletableFuture<T> deliver(CompletableFuture<T> source) {
        CompletableFuture<T> delivered = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            if (onCallbackThread.get()) {
                complete(delivered, value, error);
                return;
            }
            try {
                callbacks.execute(() -> complete(delivered, value, error));
            } catch (RejectedExecutionException closing) {
                complete(delivered, value, error);
            }
        });
        return delivered;
    }

    private static <T> void complete(CompletableFuture<T> future, T value, Throwable error) {
        if (error != null) {
            future.completeExceptionally(error);
        } else {
            future.complete(value);
        }
    }
}
