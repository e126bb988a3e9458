package io.hms.core.guard.cluster;

import io.hms.api.Subscription;
import io.hms.api.event.BreakerTransition;
import io.hms.api.policy.ClusterBreakerPolicy;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.SwarmReport;
import io.hms.api.spi.SwarmReport.BreakerWindow;
import io.hms.core.guard.CircuitBreaker;
import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard's cluster side: the breakers of components that every instance shares open on the cluster's
 * evidence (see {@link ClusterBreakerPolicy}). Each instance tells the others its breakers' windows through
 * the coordinator, every {@code reportEvery} and at once on a transition; when enough others see a component
 * fail, this instance's breaker is held OPEN, and released to HALF_OPEN once they no longer do.
 *
 * <pre>{@code
 * ClusterBreakers cluster = new ClusterBreakers(coordinator, scheduler, Map.of("inventory", ClusterBreakerPolicy.majority()),
 *         name -> guards.find(name).map(Guard::breaker));
 * cluster.start();                                 // bus.subscribe(BreakerTransition.class, cluster::onTransition)
 * }</pre>
 *
 * <p>Nothing here runs on a guarded call: reports are read and judged on the coordinator's and the
 * scheduler's threads, and the breaker is moved by a compare-and-set. A coordinator that cannot be reached
 * only makes the reports stale, so each instance decides on its own calls again.
 */
public final class ClusterBreakers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterBreakers.class);

    private final Coordinator coordinator;
    private final Scheduler scheduler;
    private final Map<String, ClusterBreakerPolicy> policies;
    private final Function<String, Optional<CircuitBreaker>> breakers;
    private final ClusterVotes votes = new ClusterVotes();
    private volatile Subscription reports;
    private volatile Cancellable ticks;
    private final AtomicBoolean countingMembers = new AtomicBoolean();
    private volatile int members = 1;
    private volatile boolean warned;

    /**
     * @param coordinator the cluster's coordinator, through which windows are told and heard
     * @param scheduler   the clock of report ages and the ticks
     * @param policies    the shared components and their policies
     * @param breakers    a component's breaker on this instance, if it has one now
     */
    public ClusterBreakers(Coordinator coordinator, Scheduler scheduler, Map<String, ClusterBreakerPolicy> policies,
                           Function<String, Optional<CircuitBreaker>> breakers) {
        this.coordinator = coordinator;
        this.scheduler = scheduler;
        this.policies = Map.copyOf(policies);
        this.breakers = breakers;
    }

    /** Listens to the cluster's reports and starts telling this instance's windows. */
    public void start() {
        if (policies.isEmpty()) {
            return;
        }
        members = Math.max(1, coordinator.members().size());
        reports = coordinator.onReport(this::onReport);
        Duration every = policies.values().stream().map(ClusterBreakerPolicy::reportEvery).min(Duration::compareTo)
                .orElseThrow();
        ticks = scheduler.scheduleAtFixedRate(every, this::tick);
    }

    /** Tells the cluster at once of a transition of a shared component's breaker; call it for each one. */
    public void onTransition(BreakerTransition transition) {
        if (policies.containsKey(transition.component())) {
            report(transition.component());
        }
    }

    /** Every shared component: tell its window, and judge it again as reports age. */
    void tick() {
        countMembers();
        for (String component : policies.keySet()) {
            report(component);
            judge(component);
        }
    }

    /**
     * Counts the cluster's members again, off this thread: a coordinator may have to ask the cluster, and
     * neither the scheduler's thread nor the one that delivers reports may wait for that.
     */
    private void countMembers() {
        if (countingMembers.compareAndSet(false, true)) {
            Thread.ofVirtual().name("hms-cluster-members").start(() -> {
                try {
                    members = Math.max(1, coordinator.members().size());
                } catch (RuntimeException e) {
                    LOG.debug("the cluster's members could not be counted; keeping {}", members, e);
                } finally {
                    countingMembers.set(false);
                }
            });
        }
    }

    private void onReport(SwarmReport report) {
        if (report instanceof BreakerWindow window && policies.containsKey(window.component())
                && !window.nodeId().equals(coordinator.nodeId())) {
            votes.record(window, scheduler.nanoTime());
            judge(window.component());
        }
    }

    private void report(String component) {
        Optional<CircuitBreaker> found = breakers.apply(component);
        if (found.isEmpty() || coordinator.status() != CoordinatorStatus.ACTIVE) {
            return;
        }
        CircuitBreaker breaker = found.get();
        int calls = breaker.bufferedCalls();
        BreakerWindow window = new BreakerWindow(coordinator.nodeId(), component, calls,
                Math.min(calls, breaker.failedCalls()), breaker.state(), breaker.byCluster());
        coordinator.publish(window).whenComplete((done, error) -> {
            if (error != null && !warned) {
                warned = true;
                LOG.warn("the breaker windows of {} cannot be told to the cluster ({}); each instance decides on its"
                        + " own calls while they cannot", policies.keySet(), error.toString());
            } else if (error == null) {
                warned = false;
            }
        });
    }

    private void judge(String component) {
        ClusterBreakerPolicy policy = policies.get(component);
        Optional<CircuitBreaker> found = breakers.apply(component);
        if (found.isEmpty()) {
            return;
        }
        CircuitBreaker breaker = found.get();
        int members = this.members;
        int needed = policy.votesNeeded(members);
        int failing = votes.failing(component, scheduler.nanoTime(), policy.staleAfter().toNanos());
        if (failing >= needed) {
            breaker.holdOpen("opened by the cluster: " + failing + " of " + members + " instances see '" + component
                    + "' fail (" + needed + " needed)");
        } else if (breaker.heldOpen()) {
            breaker.releaseHold("released by the cluster: " + failing + " of " + members + " instances see '"
                    + component + "' fail (" + needed + " needed); probing");
        }
    }

    /** Stops telling and listening; a breaker held open is released to probe on its own. */
    @Override
    public void close() {
        Cancellable t = ticks;
        if (t != null) {
            t.cancel();
        }
        Subscription s = reports;
        if (s != null) {
            s.close();
        }
        for (String component : policies.keySet()) {
            breakers.apply(component).ifPresent(b -> b.releaseHold("the runtime stopped listening to the cluster"));
        }
    }
}
