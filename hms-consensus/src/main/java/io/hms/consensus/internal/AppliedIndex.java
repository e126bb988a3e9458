package io.hms.consensus.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The index of the last log entry this replica applied, and the futures waiting for it to reach
 * some index: a change committed through another replica completes only once applied here too.
 * Thread-safe.
 */
public final class AppliedIndex {

    private final TreeMap<Long, List<CompletableFuture<Void>>> waiting = new TreeMap<>();
    private long applied;

    /** Completes once the entry at {@code index} has been applied here. */
    public synchronized CompletableFuture<Void> await(long index) {
        if (index <= applied) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> future = new CompletableFuture<>();
        waiting.computeIfAbsent(index, i -> new ArrayList<>()).add(future);
        return future;
    }

    /** Records that entries up to {@code index} are applied and releases their waiters. */
    public void advanceTo(long index) {
        List<CompletableFuture<Void>> released;
        synchronized (this) {
            if (index <= applied) {
                return;
            }
            applied = index;
            if (waiting.isEmpty() || waiting.firstKey() > index) {
                return;
            }
            released = new ArrayList<>();
            Map<Long, List<CompletableFuture<Void>>> reached = waiting.headMap(index, true);
            reached.values().forEach(released::addAll);
            reached.clear();
        }
        released.forEach(f -> f.complete(null));
    }

    /** Fails every waiter with {@code cause} (on close). */
    public void failAll(Throwable cause) {
        List<CompletableFuture<Void>> released = new ArrayList<>();
        synchronized (this) {
            waiting.values().forEach(released::addAll);
            waiting.clear();
        }
        released.forEach(f -> f.completeExceptionally(cause));
    }

    /** The last applied index. */
    public synchronized long value() {
        return applied;
    }
}
