package io.hms.core.healer;

import io.hms.api.spi.Coordinator;
import io.hms.api.spi.LockLease;
import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a pass's lease alive while the pass runs: every third of the lease it asks the coordinator to extend
 * it, on a virtual thread of its own (a coordinator may have to ask the cluster). A short lease so outlives a
 * long repair, and still frees the lock soon after its holder dies. A renewal refused (the lease ended or was
 * taken over) stops the renewals; the pass's fence check before its next step then ends it.
 */
final class LeaseRenewal {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseRenewal.class);

    private final Coordinator coordinator;
    private final LockLease held;
    private final Duration lease;
    private final AtomicBoolean renewing = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile Cancellable ticks;

    private LeaseRenewal(Coordinator coordinator, LockLease held, Duration lease) {
        this.coordinator = coordinator;
        this.held = held;
        this.lease = lease;
    }

    /** Renews {@code held} for {@code lease} every third of it, from now until {@link #stop()}. */
    static LeaseRenewal start(Coordinator coordinator, Scheduler scheduler, LockLease held, Duration lease) {
        LeaseRenewal renewal = new LeaseRenewal(coordinator, held, lease);
        Duration every = lease.dividedBy(3);
        renewal.ticks = scheduler.scheduleAtFixedRate(every.isZero() ? Duration.ofMillis(1) : every, renewal::tick);
        return renewal;
    }

    private void tick() {
        if (stopped || !renewing.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("hms-healer-lease").start(() -> {
            try {
                if (!stopped && coordinator.renew(held, lease).isEmpty()) {
                    LOG.info("lease of lock '{}' (token {}) not renewed: it ended or was taken over", held.name(),
                            held.token());
                    stop();
                }
            } catch (RuntimeException e) {
                LOG.warn("lease of lock '{}' not renewed", held.name(), e);
            } finally {
                renewing.set(false);
            }
        });
    }

    /** Stops renewing. */
    void stop() {
        stopped = true;
        Cancellable t = ticks;
        if (t != null) {
            t.cancel();
        }
    }
}
