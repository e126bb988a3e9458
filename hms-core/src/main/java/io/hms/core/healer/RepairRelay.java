package io.hms.core.healer;

import io.hms.api.Subscription;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.SwarmReport;
import io.hms.api.spi.SwarmReport.RepairProgress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay of repairs between instances: a pass tells the cluster each rung it starts and that it ended
 * ({@link RepairProgress}), and a pass that takes a component's lock over from a holder that never said it
 * ended goes on from the rung after the one that holder reached. What it hears is the newest progress of each
 * component, by fencing token, from any instance. Telling never waits: a report lost or late costs at most a
 * rung run twice. Thread-safe.
 */
final class RepairRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RepairRelay.class);

    private final Coordinator coordinator;
    private final Map<String, RepairProgress> newest = new ConcurrentHashMap<>();
    private volatile Subscription heard;

    RepairRelay(Coordinator coordinator) {
        this.coordinator = coordinator;
    }

    /** Listens to the cluster's repair progress. */
    void start() {
        heard = coordinator.onReport(this::hear);
    }

    private void hear(SwarmReport report) {
        if (report instanceof RepairProgress progress) {
            newest.merge(progress.component(), progress, (old, now) -> now.token() >= old.token() ? now : old);
        }
    }

    /**
     * Where a pass holding {@code lease} on {@code component} starts in {@code plan}, at least {@code start}: after
     * the rung an earlier holder reached, when that holder never said its pass ended.
     */
    int resumeFrom(String component, LockLease lease, List<PlannedStep> plan, int start) {
        RepairProgress last = newest.get(component);
        if (last == null || last.ended() || last.token() >= lease.token()) {
            return start;
        }
        int after = plan.size();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).function().equals(last.function())) {
                after = i + 1;
                break;
            }
            if (plan.get(i).level() > last.level()) {
                after = i;
                break;
            }
        }
        if (after > start) {
            LOG.info("{}: the repair by {} (token {}) stopped at {} (level {}) without ending; going on from there",
                    component, last.nodeId(), last.token(), last.function(), last.level());
        }
        return Math.max(start, after);
    }

    /** Tells the cluster that the pass holding {@code lease} starts {@code step}. */
    void starting(String component, PlannedStep step, LockLease lease) {
        tell(new RepairProgress(coordinator.nodeId(), component, step.function(), step.level(), lease.token(), false));
    }

    /** Tells the cluster that the pass holding {@code lease} ended, after {@code last} (or before any rung: null). */
    void ended(String component, PlannedStep last, LockLease lease) {
        tell(new RepairProgress(coordinator.nodeId(), component, last == null ? "" : last.function(),
                last == null ? 0 : last.level(), lease.token(), true));
    }

    private void tell(RepairProgress progress) {
        hear(progress);
        try {
            coordinator.publish(progress).whenComplete((done, error) -> {
                if (error != null) {
                    LOG.debug("repair progress {} not told to the cluster: {}", progress, error.toString());
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("repair progress {} not told to the cluster", progress, e);
        }
    }

    @Override
    public void close() {
        Subscription s = heard;
        if (s != null) {
            s.close();
        }
    }
}
