package io.hms.core.coordinator;

import io.hms.api.Subscription;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import io.hms.api.spi.ReportBoard;
import io.hms.api.spi.SwarmReport;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator of a single JVM: always the leader, in-process leased locks with fencing tokens,
 * and commits applied at once, in order, on the committing thread.
 *
 * <p>Leases are measured on the given scheduler's clock, so a test can expire them by advancing
 * time. Thread-safe.
 */
public final class LocalCoordinator implements Coordinator {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCoordinator.class);

    private final String nodeId;
    private final Scheduler scheduler;
    private final Map<String, LockLease> locks = new HashMap<>();
    private final Map<String, Long> tokens = new HashMap<>();
    private final List<Consumer<RegistryMutation>> commitListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Boolean>> leadershipListeners = new CopyOnWriteArrayList<>();
    private final ReportBoard reports = new ReportBoard();
    private long index;
    private volatile boolean closed;

    /**
     * @param nodeId    this instance's id
     * @param scheduler the clock of lock leases
     */
    public LocalCoordinator(String nodeId, Scheduler scheduler) {
        this.nodeId = nodeId;
        this.scheduler = scheduler;
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public boolean isLeader() {
        return !closed;
    }

    @Override
    public CoordinatorStatus status() {
        return closed ? CoordinatorStatus.STOPPED : CoordinatorStatus.ACTIVE;
    }

    /**
     * Tells {@code listener} {@code true} at once ({@code false} once closed), and {@code false} on
     * {@link #close()}.
     */
    @Override
    public Subscription onLeadershipChange(Consumer<Boolean> listener) {
        synchronized (this) {
            leadershipListeners.add(listener);
            listener.accept(isLeader());
        }
        return () -> leadershipListeners.remove(listener);
    }

    @Override
    public synchronized Optional<LockLease> tryLock(String name, String holder, Duration lease) {
        LockLease current = locks.get(name);
        if (current != null && scheduler.now().isBefore(current.expiresAt())) {
            return Optional.empty();
        }
        long token = tokens.merge(name, 1L, Long::sum);
        LockLease granted = new LockLease(name, holder, token, scheduler.now().plus(lease));
        locks.put(name, granted);
        return Optional.of(granted);
    }

    /** The lease of lock {@code name} as granted or last renewed, ended or not; empty when released or never taken. */
    public synchronized Optional<LockLease> currentLease(String name) {
        return Optional.ofNullable(locks.get(name));
    }

    @Override
    public synchronized Optional<LockLease> renew(LockLease held, Duration lease) {
        LockLease current = locks.get(held.name());
        if (current == null || current.token() != held.token() || !scheduler.now().isBefore(current.expiresAt())) {
            return Optional.empty();
        }
        LockLease renewed = new LockLease(current.name(), current.holder(), current.token(), scheduler.now().plus(lease));
        locks.put(held.name(), renewed);
        return Optional.of(renewed);
    }

    @Override
    public synchronized void unlock(LockLease lease) {
        LockLease current = locks.get(lease.name());
        if (current != null && current.token() == lease.token()) {
            locks.remove(lease.name());
        }
    }

    @Override
    public synchronized boolean checkFence(LockLease lease) {
        return tokens.getOrDefault(lease.name(), 0L) == lease.token();
    }

    @Override
    public CompletionStage<Long> commit(RegistryMutation mutation) {
        long committed;
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the coordinator is closed"));
            }
            committed = ++index;
            for (Consumer<RegistryMutation> listener : commitListeners) {
                try {
                    listener.accept(mutation);
                } catch (RuntimeException e) {
                    LOG.warn("commit listener {} threw on {}; the commit stands", listener, mutation, e);
                }
            }
        }
        return CompletableFuture.completedFuture(committed);
    }

    @Override
    public Subscription onCommit(Consumer<RegistryMutation> listener) {
        commitListeners.add(listener);
        return () -> commitListeners.remove(listener);
    }

    /** Tells this instance's report listeners at once, on the calling thread: there is nobody else to tell. */
    @Override
    public CompletionStage<Void> publish(SwarmReport report) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the coordinator is closed"));
        }
        reports.post(report);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Subscription onReport(Consumer<SwarmReport> listener) {
        return reports.subscribe(listener);
    }

    /** Stops leading (telling the leadership listeners) and refuses later commits; idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        for (Consumer<Boolean> listener : leadershipListeners) {
            try {
                listener.accept(false);
            } catch (RuntimeException e) {
                LOG.warn("leadership listener {} threw on close", listener, e);
            }
        }
        leadershipListeners.clear();
    }
}
