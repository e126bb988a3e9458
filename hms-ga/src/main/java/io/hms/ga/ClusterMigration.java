package io.hms.ga;

import io.hms.api.Subscription;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.spi.CoordinatorView;
import io.hms.api.spi.SwarmReport;
import io.hms.api.spi.SwarmReport.Migrants;
import io.hms.ga.search.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One island of a cluster-wide run: its emigrants go to the other instances as {@link Migrants} through the
 * coordinator, and it takes in each other instance's newest ones of the same run once. Telling never waits; an
 * island that cannot reach the cluster hears nothing and goes on alone. Close it when the run ends.
 */
final class ClusterMigration implements Migration, AutoCloseable {

    /** Generations between exchanges. */
    static final int INTERVAL = 2;
    /** How many of its best an island sends. */
    static final int EMIGRANTS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMigration.class);

    private final CoordinatorView coordinator;
    private final String component;
    private final long run;
    private final Map<String, Migrants> newest = new ConcurrentHashMap<>();
    private final Map<String, Long> taken = new ConcurrentHashMap<>();
    private final Subscription heard;

    ClusterMigration(CoordinatorView coordinator, String component, long run) {
        this.coordinator = coordinator;
        this.component = component;
        this.run = run;
        this.heard = coordinator.onReport(this::hear);
    }

    /** Calls the other instances to join run {@code run} of {@code component}: generation 0, no candidates. */
    static void call(CoordinatorView coordinator, String component, long run) {
        tell(coordinator, new Migrants(coordinator.nodeId(), component, run, 0, List.of()));
    }

    private void hear(SwarmReport report) {
        if (report instanceof Migrants m && m.component().equals(component) && m.run() == run
                && !m.nodeId().equals(coordinator.nodeId())) {
            newest.put(m.nodeId(), m);
        }
    }

    @Override
    public int interval() {
        return INTERVAL;
    }

    @Override
    public int emigrants() {
        return EMIGRANTS;
    }

    @Override
    public List<GuardPolicy> exchange(long generation, List<GuardPolicy> emigrants) {
        tell(coordinator, new Migrants(coordinator.nodeId(), component, run, generation, emigrants));
        List<GuardPolicy> in = new ArrayList<>();
        for (Migrants m : newest.values()) {
            Long last = taken.get(m.nodeId());
            if (m.generation() > 0 && (last == null || m.generation() > last)) {
                taken.put(m.nodeId(), m.generation());
                in.addAll(m.policies());
            }
        }
        return in;
    }

    private static void tell(CoordinatorView coordinator, Migrants migrants) {
        try {
            coordinator.publish(migrants).whenComplete((done, error) -> {
                if (error != null) {
                    LOG.debug("migrants of {} not told to the cluster: {}", migrants.component(), error.toString());
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("migrants of {} not told to the cluster", migrants.component(), e);
        }
    }

    @Override
    public void close() {
        heard.close();
    }
}
