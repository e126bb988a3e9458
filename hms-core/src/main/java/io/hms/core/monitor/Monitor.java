package io.hms.core.monitor;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.Subscription;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.IncidentClosed;
import io.hms.core.event.BusSubscription;
import io.hms.core.event.EventBus;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.RegisteredFunction;
import io.hms.core.supervisor.Lifeline;
import io.hms.core.supervisor.Supervised;
import io.hms.core.time.Scheduler;
import io.hms.core.time.TimeLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Monitor agent: runs every registered health check at its interval and publishes a
 * {@link HealthChanged} whenever a component's judged status changes.
 *
 * <pre>{@code
 * Monitor monitor = new Monitor(registry, events, scheduler);
 * monitor.start();
 * events.subscribe(HealthChanged.class, e -> log.info("{}: {} -> {}", e.component(),
 *         e.previous().status(), e.current().status()));
 * Health inventory = monitor.health("inventory");
 * }</pre>
 *
 * <p>How a check runs:
 * <ul>
 *   <li>every check has its own timer at its descriptor's interval, or its component's health-policy
 *       interval when the descriptor says {@link Duration#ZERO}; the first run is one interval after
 *       {@link #start()} (or after the check is registered);</li>
 *   <li>the timer only hands the run to a virtual thread ({@code hms-monitor-…}) with the check's timeout
 *       (descriptor's, else the policy's); host code never runs on the scheduler thread;</li>
 *   <li>a tick that finds the previous run of the same check still in flight does nothing: a hung check
 *       is never started twice, and its timeout decides the run (a failure "timed out after 200ms");</li>
 *   <li>a check that throws is a failure whose reason is the exception; a slow or hung check delays
 *       neither the scheduler nor any other check.</li>
 * </ul>
 *
 * <p>How health is judged: each check is judged on its own consecutive results with the hysteresis of
 * the component's {@link io.hms.api.policy.HealthPolicy}: {@code failuresToDown} consecutive failures
 * make it DOWN, {@code successesToUp} consecutive successes make it UP again; a DEGRADED result makes an
 * UP check DEGRADED at once, and {@code successesToUp} consecutive working results (UP or DEGRADED)
 * lift a DOWN check to DEGRADED. The component's health is the worst of its checks' judgements, with
 * their reasons, stamped with the scheduler's clock. Until one of its checks has given a result it is
 * {@link HealthStatus#UNKNOWN} (see {@link Hysteresis} for how the first results count), and so is a
 * component without checks, and every component before {@link #start()} and after {@link #close()}:
 * the reason says which. A change out of UNKNOWN is published like any other, but a first UP is
 * logged at DEBUG only.
 *
 * <p>A repair the healer verified (an {@link IncidentClosed} not resolved by
 * {@value IncidentClosed#SELF}) is fresh evidence from the same checks: the component's
 * checks are settled UP at once, so that a fault returning right after the repair is counted from
 * zero and opens a new incident, instead of finding the component still DOWN and going unnoticed.
 *
 * <p>The monitor follows the registry while it runs: checks registered later are scheduled, removed ones
 * are stopped (and their judgement forgotten), and a new policy version brings new intervals (timers are
 * restarted), timeouts and thresholds (applied from the next run and result).
 *
 * <p>Thread-safe. {@link #close()} stops the timers and interrupts the checks still running.
 */
public final class Monitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Monitor.class);

    private final FunctionRegistry registry;
    private final EventBus events;
    private final Scheduler scheduler;
    private final TimeLimiter limiter; // null when the probe is the runtime's
    private final HealthProbe probe;
    private final CheckScheduler checks;
    private final Object lifecycle = new Object();
    private Subscription registrySubscription;
    private BusSubscription verifiedRepairs;
    private boolean started;
    private volatile boolean closed;

    /**
     * A monitor that is not yet running; call {@link #start()}.
     *
     * @param registry  the checks and policies to follow
     * @param events    where {@link HealthChanged} events go
     * @param scheduler the clock and timers
     */
    public Monitor(FunctionRegistry registry, EventBus events, Scheduler scheduler) {
        this(registry, events, scheduler, HealthInterceptor.NONE);
    }

    /**
     * A monitor whose checks are first offered to {@code interceptor}; not yet running.
     *
     * @param registry    the checks and policies to follow
     * @param events      where {@link HealthChanged} events go
     * @param scheduler   the clock and timers
     * @param interceptor consulted before each check runs; {@link HealthInterceptor#NONE} for none
     */
    public Monitor(FunctionRegistry registry, EventBus events, Scheduler scheduler, HealthInterceptor interceptor) {
        this(registry, events, scheduler, new TimeLimiter(Objects.requireNonNull(scheduler, "scheduler"), "monitor"),
                interceptor);
    }

    /**
     * A monitor that runs its checks through {@code probe}, the runtime's one probe, so a check has a single
     * live run whether the monitor or the healer asks for it; not yet running. The probe is not closed
     * with the monitor.
     *
     * @param registry  the checks and policies to follow
     * @param events    where {@link HealthChanged} events go
     * @param scheduler the clock and timers
     * @param probe     runs the checks
     */
    public Monitor(FunctionRegistry registry, EventBus events, Scheduler scheduler, HealthProbe probe) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.events = Objects.requireNonNull(events, "events");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.limiter = null;
        this.probe = Objects.requireNonNull(probe, "probe");
        this.checks = new CheckScheduler(registry, scheduler, probe, this::publish, () -> closed);
    }

    private Monitor(FunctionRegistry registry, EventBus events, Scheduler scheduler, TimeLimiter ownLimiter,
                    HealthInterceptor interceptor) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.events = Objects.requireNonNull(events, "events");
        this.scheduler = scheduler;
        this.limiter = ownLimiter;
        this.probe = new HealthProbe(registry, ownLimiter, scheduler, interceptor);
        this.checks = new CheckScheduler(registry, scheduler, probe, this::publish, () -> closed);
    }

    /**
     * Schedules every registered health check and starts following the registry. Calling it again does
     * nothing.
     *
     * @throws IllegalStateException if the monitor is closed
     */
    public void start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the monitor is closed; create a new Monitor");
            }
            if (started) {
                return;
            }
            started = true;
            registrySubscription = registry.addListener(checks);
            verifiedRepairs = events.subscribe(IncidentClosed.class, this::repairVerified);
        }
        for (ComponentSpec spec : registry.components()) {
            checks.watch(spec.name());
            for (RegisteredFunction check : registry.functions(spec.name(), FunctionKind.HEALTH_CHECK)) {
                checks.adoptIfCurrent(check);
            }
        }
    }

    /**
     * The judged health of {@code component}: UNKNOWN until one of its checks has given a result, and
     * before {@link #start()} and after {@link #close()}.
     *
     * @throws IllegalArgumentException if the component is not declared, naming the declared ones
     */
    public Health health(String component) {
        ComponentWatch watch = checks.find(component);
        if (watch != null && !closed) {
            return watch.current();
        }
        registry.policy(component); // throws for an unknown component, naming the known ones
        return Health.unknown(closed ? "the monitor is closed (its runtime was closed); no check runs any more"
                : "the monitor is not started (Hms.start()); no check has run yet").at(scheduler.now());
    }

    /**
     * How long {@code component}'s slowest health check took on its last run, in milliseconds (a run still in
     * flight counts for as long as it has taken); NaN when none of its checks has run, and for an unknown
     * component.
     */
    public double checkLatencyMillis(String component) {
        ComponentWatch watch = checks.find(component);
        if (watch == null) {
            return Double.NaN;
        }
        long now = scheduler.nanoTime();
        double worst = Double.NaN;
        for (CheckRunner runner : watch.runners()) {
            double millis = runner.latencyMillis(now);
            if (!Double.isNaN(millis) && !(millis <= worst)) {
                worst = millis;
            }
        }
        return worst;
    }

    /** The judged health of every declared component, in declaration order. */
    public Map<String, Health> healthAll() {
        Map<String, Health> all = new LinkedHashMap<>();
        for (ComponentSpec spec : registry.components()) {
            all.put(spec.name(), health(spec.name()));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * The monitor as the runtime's supervisor sees it, named {@code "monitor"}: the timer of each check (dead
     * once dropped, silent for two intervals, or with a run stuck past its timeout) and the thread of its
     * {@link IncidentClosed} subscription. A restart reschedules the checks and keeps every judgement.
     */
    public Supervised supervision() {
        return Supervised.of("monitor", () -> {
            synchronized (lifecycle) {
                if (!started || closed) {
                    return List.of();
                }
            }
            List<Lifeline> lifelines = new ArrayList<>();
            lifelines.add(Lifeline.of(verifiedRepairs));
            lifelines.addAll(checks.lifelines());
            return lifelines;
        });
    }

    /** Stops the timers, stops following the registry and interrupts the checks still running. Idempotent. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            if (registrySubscription != null) {
                registrySubscription.close();
                verifiedRepairs.close();
            }
        }
        checks.cancelAll();
        if (limiter != null) {
            limiter.close();
        }
    }

    private void repairVerified(IncidentClosed closed) {
        ComponentWatch watch = checks.find(closed.component());
        if (watch == null || IncidentClosed.SELF.equals(closed.resolvedBy())) {
            return;
        }
        Health verified = new Health(HealthStatus.UP, "repair " + closed.resolvedBy() + " verified", scheduler.now());
        synchronized (watch) {
            watch.settle(verified).ifPresent(this::publish);
        }
    }

    private void publish(HealthChanged change) {
        if (change.previous().status() == HealthStatus.UNKNOWN && change.current().status() == HealthStatus.UP) {
            LOG.debug("{} is UP (was UNKNOWN)", change.component());
            events.publish(change);
            return;
        }
        LOG.info("{} is {} (was {}){}", change.component(), change.current().status(), change.previous().status(),
                change.current().reason().isEmpty() ? "" : ": " + change.current().reason());
        events.publish(change);
    }
}
