package io.hms.ga;

import io.hms.api.Subscription;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.OptimizerContext;
import io.hms.api.spi.SwarmReport;
import io.hms.api.spi.SwarmReport.Migrants;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optimizer's part in cluster-wide runs ({@link OptimizerAgentOptions#islands()}): the leader names each run
 * and calls the others to it; an instance that does not lead joins each call with a search of its own, on its own
 * trace, as one island, and never proposes: only the leader, whose island takes in the others' best, does. A
 * newer call, leading, or closing ends an island's search after its generation.
 */
final class IslandRuns implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IslandRuns.class);

    private final OptimizerContext context;
    private final OptimizerAgentOptions options;
    private final Predicate<Runnable> submit;
    private final BooleanSupplier paced;
    private final Runnable startPacing;
    private final Map<String, Long> joined = new ConcurrentHashMap<>();
    private final AtomicLong runs = new AtomicLong();
    private final Subscription calls;

    /**
     * @param context the runtime
     * @param options the agent's options
     * @param submit  runs a task on the agent's thread; false when it is closing
     * @param paced   pauses for the agent's CPU share; false when the search must stop
     * @param startPacing starts counting the CPU share for a search
     */
    IslandRuns(OptimizerContext context, OptimizerAgentOptions options, Predicate<Runnable> submit,
               BooleanSupplier paced, Runnable startPacing) {
        this.context = context;
        this.options = options;
        this.submit = submit;
        this.paced = paced;
        this.startPacing = startPacing;
        this.calls = context.coordinator().onReport(this::hear);
        submit.test(() -> context.components().forEach(context::trace)); // traces record from the first look on
    }

    /** A fresh name for a run the leader starts, and the call to the others to join it. */
    long callRun(String component) {
        long run = context.now().toEpochMilli() * 1_000 + runs.incrementAndGet() % 1_000;
        ClusterMigration.call(context.coordinator(), component, run);
        return run;
    }

    private void hear(SwarmReport report) {
        if (report instanceof Migrants m && m.generation() == 0 && !m.nodeId().equals(context.coordinator().nodeId())
                && !context.coordinator().isLeader() && context.components().contains(m.component())) {
            Long last = joined.put(m.component(), m.run());
            if (last == null || last != m.run()) {
                submit.test(() -> join(m.component(), m.run()));
            }
        }
    }

    private void join(String component, long run) {
        if (!current(component, run)) {
            return;
        }
        try (ClusterMigration migration = new ClusterMigration(context.coordinator(), component, run)) {
            startPacing.run();
            VersionedPolicy policy = context.policy(component);
            LOG.info("optimizer: {} joins run {} of {} as an island", context.coordinator().nodeId(), run, component);
            GuardTuning.tune(context, policy, options, () -> paced.getAsBoolean() && current(component, run),
                    migration);
        } catch (Throwable e) { // an island that fails costs the run its candidates, not the agent
            LOG.warn("island search of {} in run {} failed; the agent goes on", component, run, e);
        }
    }

    private boolean current(String component, long run) {
        Long latest = joined.get(component);
        return latest != null && latest == run && !context.coordinator().isLeader()
                && !Thread.currentThread().isInterrupted();
    }

    @Override
    public void close() {
        calls.close();
    }
}
