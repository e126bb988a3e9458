package io.hms.examples.chaos;

import io.hms.api.Subscription;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.consensus.RaftCoordinator;
import io.hms.core.chaos.experiment.ExperimentReport;
import io.hms.core.event.EventBus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches a cluster while one node (the victim) is broken: when another node leads, when a write through
 * another node commits again (a lock taken and released through the log, retried until it is
 * replicated), and when the victim is back and caught up after the fault's revert. Polls every 10 ms
 * on its own virtual thread ({@code cluster-probe}); {@link #close()} stops it.
 */
final class ClusterProbe implements AutoCloseable {

    private static final long NONE = Long.MIN_VALUE;
    private static final Duration POLL = Duration.ofMillis(10);

    private final RaftCoordinator victim;
    private final List<RaftCoordinator> others;
    private final boolean wasLeader;
    private final Subscription injected;
    private final Subscription reverted;
    private final Thread thread;
    private volatile long injectNanos = NONE;
    private volatile long revertNanos = NONE;
    private volatile long revertTarget;
    private volatile long newLeaderNanos = NONE;
    private volatile long commitNanos = NONE;
    private volatile long caughtUpNanos = NONE;
    private volatile boolean running = true;

    private ClusterProbe(RaftCoordinator victim, List<RaftCoordinator> others, EventBus events) {
        this.victim = victim;
        this.others = List.copyOf(others);
        this.wasLeader = victim.isLeader();
        this.injected = events.subscribe(ChaosInjected.class, e -> injectNanos = System.nanoTime());
        this.reverted = events.subscribe(ChaosReverted.class, e -> {
            revertTarget = this.others.stream().mapToLong(RaftCoordinator::appliedIndex).max().orElse(0);
            revertNanos = System.nanoTime();
        });
        this.thread = Thread.ofVirtual().name("cluster-probe").start(this::loop);
    }

    /** Starts watching; the victim's runtime publishes the chaos events on {@code events}. */
    static ClusterProbe watch(RaftCoordinator victim, List<RaftCoordinator> others, EventBus events) {
        return new ClusterProbe(victim, others, events);
    }

    private void loop() {
        while (running) {
            long now = System.nanoTime();
            if (injectNanos != NONE && newLeaderNanos == NONE && others.stream().anyMatch(RaftCoordinator::isLeader)) {
                newLeaderNanos = now;
            }
            if (injectNanos != NONE && commitNanos == NONE) {
                tryWrite(now);
            }
            if (revertNanos != NONE && caughtUpNanos == NONE && victim.status() == CoordinatorStatus.ACTIVE
                    && victim.appliedIndex() >= revertTarget) {
                caughtUpNanos = System.nanoTime();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private void tryWrite(long startedAt) {
        RaftCoordinator through = others.getFirst();
        Optional<LockLease> lease = through.tryLock("cluster-probe", "probe", Duration.ofSeconds(1));
        // a negative token is a local lease granted while the node has no quorum: not a commit
        if (lease.isPresent() && lease.get().token() > 0 && startedAt - injectNanos >= 0) {
            commitNanos = System.nanoTime();
        }
        lease.ifPresent(through::unlock);
    }

    /** Waits up to {@code patience} for the victim to be caught up after a revert. */
    void awaitCaughtUp(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (caughtUpNanos == NONE && revertNanos != NONE && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** The figures so far, with the experiment's report. */
    ClusterFigures figures(ExperimentReport report) {
        return new ClusterFigures(report, wasLeader, wasLeader ? between(injectNanos, newLeaderNanos) : Optional.empty(),
                between(injectNanos, commitNanos), between(revertNanos, caughtUpNanos));
    }

    private static Optional<Duration> between(long from, long to) {
        return from == NONE || to == NONE ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(0, to - from)));
    }

    @Override
    public void close() {
        running = false;
        injected.close();
        reverted.close();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the probe is already told to stop
        }
    }
}
