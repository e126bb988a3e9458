package io.hms.core.metrics;

import io.hms.api.HealthStatus;
import io.hms.api.event.AdminAction;
import io.hms.api.event.AgentRestarted;
import io.hms.api.event.AnomalyDetected;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.CandidateJudged;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.ComponentEvent;
import io.hms.api.event.FrontFound;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentEscalated;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.IncidentReopened;
import io.hms.api.event.LeadershipChanged;
import io.hms.api.event.PatchPromoted;
import io.hms.api.event.PatchProposed;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.event.RepairAttempted;
import io.hms.core.event.BusSubscription;
import io.hms.core.event.EventBus;
import io.hms.core.guard.Guard;
import io.hms.core.guard.GuardStats;
import io.hms.core.guard.Guards;
import io.hms.core.supervisor.Lifeline;
import io.hms.core.supervisor.Supervised;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * Publishes HMS's meters, all tagged by {@code component} (and by the runtime's name):
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>meaning</th></tr>
 *   <tr><td>{@code hms.health}</td><td>gauge</td><td></td><td>1 UP, 0.5 DEGRADED, 0 DOWN, NaN UNKNOWN
 *       (no check has given a result yet)</td></tr>
 *   <tr><td>{@code hms.guard.calls}</td><td>counter</td><td>outcome</td><td>guarded calls: every call is
 *       exactly one of {@code success}, {@code failure}, {@code rejected_breaker}, {@code rejected_limit};
 *       {@code fallback} counts those of the last three a fallback answered; {@code timeout} and
 *       {@code retry} count attempts timed out and retried</td></tr>
 *   <tr><td>{@code hms.guard.latency}</td><td>timer</td><td></td><td>latency of guarded calls that ran (refused ones excluded)</td></tr>
 *   <tr><td>{@code hms.guard.limit}</td><td>gauge</td><td></td><td>the adaptive concurrency limit</td></tr>
 *   <tr><td>{@code hms.breaker.state}</td><td>gauge</td><td></td><td>0 CLOSED, 1 OPEN, 2 HALF_OPEN</td></tr>
 *   <tr><td>{@code hms.repair.attempts}</td><td>counter</td><td>level, outcome</td><td>repair steps run</td></tr>
 *   <tr><td>{@code hms.incident.mttr}</td><td>timer</td><td></td><td>time to recover of closed incidents</td></tr>
 *   <tr><td>{@code hms.monitor.anomalies}</td><td>counter</td><td></td><td>anomalies the monitor raised</td></tr>
 *   <tr><td>{@code hms.monitor.anomaly.lead.time}</td><td>timer</td><td></td><td>how long before the health
 *       turned DOWN an anomaly was raised (within 15 minutes)</td></tr>
 *   <tr><td>{@code hms.incident.opened}, {@code hms.incident.escalated}</td><td>counter</td><td></td><td>incidents</td></tr>
 *   <tr><td>{@code hms.patch.proposed}, {@code .promoted}, {@code .rolledback}</td><td>counter</td><td></td><td>patches</td></tr>
 *   <tr><td>{@code hms.optimizer.generations}</td><td>counter</td><td></td><td>generations the optimizer evaluated</td></tr>
 *   <tr><td>{@code hms.optimizer.convergence.evaluations}, {@code .generations}</td><td>gauge</td><td></td><td>the
 *       optimizer's latest run: evaluations and generations spent before its best came within 1 % of its final
 *       improvement ({@link OptimizerConvergence})</td></tr>
 *   <tr><td>{@code hms.agent.restarts}</td><td>counter</td><td>agent (instead of component)</td><td>restarts of
 *       the runtime's own agents by its supervisor</td></tr>
 *   <tr><td>{@code hms.chaos.injected}, {@code hms.chaos.reverted}</td><td>counter</td><td>fault</td><td>chaos
 *       faults injected and reverted; {@code component} is {@code process} for JVM-wide faults</td></tr>
 *   <tr><td>{@code hms.events.backlog}</td><td>gauge</td><td>no {@code component}</td><td>events queued for the
 *       bus's listeners ({@link EventBus#backlog()})</td></tr>
 *   <tr><td>{@code hms.events.dropped}</td><td>counter</td><td>no {@code component}</td><td>events dropped for a
 *       listener that fell too far behind ({@link EventBus#dropped()})</td></tr>
 *   <tr><td>{@code hms.runtime.live}</td><td>gauge</td><td>no {@code component}</td><td>1 while the runtime
 *       runs ({@link RuntimeMeters#LIVE})</td></tr>
 * </table>
 *
 * <p>Every meter also carries the tag {@value RuntimeMeters#TAG}, the runtime's name: the one given, or
 * the first of {@code hms-1}, {@code hms-2}, … no other live runtime on the registry holds (see
 * {@link RuntimeMeters}). So runtimes sharing a registry each publish their own meters, and
 * {@link #bindTo} refuses a name another live runtime on the registry has.
 *
 * <pre>{@code
 * HmsMetrics metrics = new HmsMetrics(events, guards, "checkout");
 * metrics.bindTo(meterRegistry);
 * ...
 * metrics.close();   // stops following events and removes the meters from the registry
 * }</pre>
 *
 * Thread-safe.
 */
public final class HmsMetrics implements MeterBinder, AutoCloseable {

    /** The level of an UNKNOWN health, published as NaN. */
    private static final int UNKNOWN_LEVEL = -1;

    /** An anomaly raised longer than this before a component went DOWN is not counted as its lead. */
    static final Duration LEAD_WINDOW = Duration.ofMinutes(15);

    private final EventBus events;
    private final Guards guards;
    private final String runtimeName;
    private final Map<String, AtomicInteger> health = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> breaker = new ConcurrentHashMap<>();
    private final OptimizerConvergence convergence = new OptimizerConvergence();
    private final Map<String, Boolean> convergenceBound = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastAnomaly = new ConcurrentHashMap<>();
    private final List<BusSubscription> subscriptions = new ArrayList<>();
    private volatile RuntimeMeters meters;

    /**
     * Metrics under the first free default name.
     *
     * @param events the bus whose events feed the event meters
     * @param guards the guards whose counters feed the call meters
     */
    public HmsMetrics(EventBus events, Guards guards) {
        this(events, guards, null);
    }

    /**
     * @param events            the bus whose events feed the event meters
     * @param guards            the guards whose counters feed the call meters
     * @param runtimeNameOrNull the value of every meter's {@value RuntimeMeters#TAG} tag; null for the first of
     *                          {@code hms-1}, {@code hms-2}, … free on the registry
     */
    public HmsMetrics(EventBus events, Guards guards, String runtimeNameOrNull) {
        this.events = events;
        this.guards = guards;
        this.runtimeName = runtimeNameOrNull;
    }

    /**
     * Takes the runtime's name on {@code meterRegistry}, registers the meters of every guard and follows
     * the events.
     *
     * @throws IllegalStateException if another live runtime on the registry has the name, or when bound already
     */
    @Override
    public synchronized void bindTo(MeterRegistry meterRegistry) {
        if (meters != null) {
            throw new IllegalStateException("these metrics are bound already, as " + meters.name()
                    + "; create another HmsMetrics for another registry");
        }
        this.meters = RuntimeMeters.claim(meterRegistry, runtimeName);
        for (Guard guard : guards.all()) {
            bindComponent(guard.component());
        }
        RuntimeMeters m = meters;
        m.register(r -> Gauge.builder("hms.events.backlog", events, EventBus::backlog).tags(m.tags())
                .description("events queued for the bus's listeners").register(r));
        m.register(r -> FunctionCounter.builder("hms.events.dropped", events, EventBus::dropped).tags(m.tags())
                .description("events dropped for a listener that fell too far behind").register(r));
        subscriptions.add(events.subscribe(HmsEvent.class, this::record));
    }

    /**
     * The runtime's meters on the registry, for other meters of the runtime to join (they leave the
     * registry with these on {@link #close()}).
     *
     * @throws IllegalStateException before {@link #bindTo}
     */
    public RuntimeMeters meters() {
        RuntimeMeters bound = meters;
        if (bound == null) {
            throw new IllegalStateException("the metrics are not bound yet; call bindTo(meterRegistry) first");
        }
        return bound;
    }

    /** Registers the meters of a component declared after binding; idempotent. */
    public void bindComponent(String component) {
        RuntimeMeters m = meters;
        if (m == null || health.containsKey(component)) {
            return;
        }
        AtomicInteger healthLevel = health.computeIfAbsent(component, c -> new AtomicInteger(UNKNOWN_LEVEL));
        m.register(r -> Gauge.builder("hms.health", healthLevel, h -> h.get() == UNKNOWN_LEVEL ? Double.NaN : h.get() / 2.0)
                .tags(m.tags()).tag("component", component).description("1 UP, 0.5 DEGRADED, 0 DOWN, NaN UNKNOWN")
                .register(r));
        AtomicInteger breakerState = breaker.computeIfAbsent(component, c -> new AtomicInteger());
        m.register(r -> Gauge.builder("hms.breaker.state", breakerState, AtomicInteger::get).tags(m.tags())
                .tag("component", component).description("0 CLOSED, 1 OPEN, 2 HALF_OPEN").register(r));
        guards.find(component).ifPresent(guard -> bindGuard(m, guard));
    }

    private void bindGuard(RuntimeMeters m, Guard guard) {
        String component = guard.component();
        GuardStats stats = guard.stats();
        callCounter(m, component, "success", stats, s -> s.snapshot().successes());
        callCounter(m, component, "failure", stats, s -> s.snapshot().failures());
        callCounter(m, component, "fallback", stats, s -> s.snapshot().fallbacks());
        callCounter(m, component, "timeout", stats, s -> s.snapshot().timeouts());
        callCounter(m, component, "rejected_breaker", stats, s -> s.snapshot().rejectedByBreaker());
        callCounter(m, component, "rejected_limit", stats, s -> s.snapshot().rejectedByLimit());
        callCounter(m, component, "retry", stats, s -> s.snapshot().retries());
        m.register(r -> FunctionTimer.builder("hms.guard.latency", stats,
                        s -> s.snapshot().successes() + s.snapshot().failures(),
                        s -> s.snapshot().totalLatencyNanos(), TimeUnit.NANOSECONDS)
                .tags(m.tags()).tag("component", component).description("latency of guarded calls").register(r));
        m.register(r -> Gauge.builder("hms.guard.limit", guard, g -> g.limiter().limit()).tags(m.tags())
                .tag("component", component).description("the adaptive concurrency limit").register(r));
    }

    private static void callCounter(RuntimeMeters m, String component, String outcome, GuardStats stats,
                                    ToDoubleFunction<GuardStats> count) {
        m.register(r -> FunctionCounter.builder("hms.guard.calls", stats, count).tags(m.tags())
                .tag("component", component).tag("outcome", outcome)
                .description("guarded calls and attempts by outcome").register(r));
    }

    void record(HmsEvent event) {
        RuntimeMeters m = meters;
        switch (event) {
            case ComponentEvent e -> recordComponent(m, e);
            case ChaosInjected e -> count(m, "hms.chaos.injected", e.target(), Tags.of("fault", e.kind()));
            case ChaosReverted e -> count(m, "hms.chaos.reverted", e.target(), Tags.of("fault", e.kind()));
            case LeadershipChanged e -> { }
            case AgentRestarted e -> m.register(r -> Counter.builder("hms.agent.restarts").tags(m.tags())
                    .tag("agent", e.agent()).description("restarts of the runtime's own agents by its supervisor")
                    .register(r)).ifPresent(Counter::increment);
            case AdminAction e -> m.register(r -> Counter.builder("hms.admin.actions").tags(m.tags())
                    .tag("status", Integer.toString(e.status()))
                    .description("requests to change the runtime through the admin API, by HTTP status")
                    .register(r)).ifPresent(Counter::increment);
        }
    }

    /**
     * The metrics agent as the runtime's supervisor sees it, named {@code "metrics"}: the thread of its event
     * subscription. A restart counts what was published meanwhile; the meters stay registered.
     */
    public Supervised supervision() {
        return Supervised.of("metrics", () -> {
            synchronized (this) {
                return subscriptions.stream().map(Lifeline::of).toList();
            }
        });
    }

    private void recordComponent(RuntimeMeters m, ComponentEvent event) {
        String component = event.component();
        bindComponent(component);
        switch (event) {
            case HealthChanged e -> {
                health.get(component).set(level(e.current().status()));
                if (e.current().status() == HealthStatus.DOWN) {
                    recordLead(m, component, e.time());
                }
            }
            case BreakerTransition e -> breaker.get(component).set(state(e.to()));
            case RepairAttempted e -> count(m, "hms.repair.attempts", component, Tags.of(
                    "level", Integer.toString(e.level()), "outcome", e.outcome().name().toLowerCase(Locale.ROOT)));
            case IncidentOpened e -> count(m, "hms.incident.opened", component, Tags.empty());
            case IncidentReopened e -> count(m, "hms.incident.reopened", component, Tags.empty());
            case IncidentEscalated e -> count(m, "hms.incident.escalated", component, Tags.empty());
            case IncidentClosed e -> m.register(r -> Timer.builder("hms.incident.mttr").tags(m.tags())
                    .tag("component", component).description("time to recover").register(r))
                    .ifPresent(timer -> timer.record(e.mttr()));
            case PatchProposed e -> count(m, "hms.patch.proposed", component, Tags.empty());
            case PatchPromoted e -> count(m, "hms.patch.promoted", component, Tags.empty());
            case PatchRolledBack e -> count(m, "hms.patch.rolledback", component, Tags.empty());
            case GenerationEvaluated e -> {
                count(m, "hms.optimizer.generations", component, Tags.empty());
                convergence.accept(e);
                convergenceBound.computeIfAbsent(component, c -> bindConvergence(m, c));
            }
            case CandidateJudged e -> count(m, "hms.optimizer.candidates", component,
                    Tags.of("verdict", e.proposed() ? "proposed" : "kept"));
            case FrontFound e -> { } // its figures are the run's own; the generations and verdict are counted
            case AnomalyDetected e -> {
                count(m, "hms.monitor.anomalies", component, Tags.empty());
                lastAnomaly.put(component, e.time());
            }
        }
    }

    /** A component went DOWN: the time since an anomaly raised within {@link #LEAD_WINDOW} before is a lead. */
    private void recordLead(RuntimeMeters m, String component, Instant down) {
        Instant raised = lastAnomaly.remove(component);
        if (raised == null || raised.isAfter(down) || Duration.between(raised, down).compareTo(LEAD_WINDOW) > 0) {
            return;
        }
        m.register(r -> Timer.builder("hms.monitor.anomaly.lead.time").tags(m.tags()).tag("component", component)
                        .description("how long before the component's health turned DOWN an anomaly was raised")
                        .register(r))
                .ifPresent(timer -> timer.record(Duration.between(raised, down)));
    }

    private Boolean bindConvergence(RuntimeMeters m, String component) {
        m.register(r -> Gauge.builder("hms.optimizer.convergence.evaluations", convergence,
                        c -> c.latest(component).map(run -> (double) run.evaluationsToConverge()).orElse(Double.NaN))
                .tags(m.tags()).tag("component", component).baseUnit("evaluations")
                .description("evaluations the optimizer's latest run spent before it came near its best")
                .register(r));
        m.register(r -> Gauge.builder("hms.optimizer.convergence.generations", convergence,
                        c -> c.latest(component).map(run -> (double) run.generationsToConverge()).orElse(Double.NaN))
                .tags(m.tags()).tag("component", component)
                .description("generations the optimizer's latest run spent before it came near its best")
                .register(r));
        return Boolean.TRUE;
    }

    /** How fast the optimizer converged, per run. */
    public OptimizerConvergence convergence() {
        return convergence;
    }

    private static void count(RuntimeMeters m, String name, String component, Tags more) {
        m.register(r -> Counter.builder(name).tags(m.tags()).tag("component", component).tags(more).register(r))
                .ifPresent(Counter::increment);
    }

    private static int level(HealthStatus status) {
        return switch (status) {
            case UP -> 2;
            case DEGRADED -> 1;
            case DOWN -> 0;
            case UNKNOWN -> UNKNOWN_LEVEL;
        };
    }

    private static int state(BreakerState state) {
        return switch (state) {
            case CLOSED -> 0;
            case OPEN -> 1;
            case HALF_OPEN -> 2;
        };
    }

    /**
     * Stops following events and removes the runtime's meters from the registry (those others joined
     * through {@link #meters()} included), freeing its name there; idempotent.
     */
    @Override
    public synchronized void close() {
        subscriptions.forEach(BusSubscription::close);
        subscriptions.clear();
        RuntimeMeters bound = meters;
        if (bound != null) {
            bound.close();
        }
    }
}
