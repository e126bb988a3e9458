package io.hms.core.metrics;

import io.hms.api.HealthStatus;
import io.hms.api.event.AgentRestarted;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.ComponentEvent;
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
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * Publishes HMS's meters, all tagged by {@code component}:
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>meaning</th></tr>
 *   <tr><td>{@code hms.health}</td><td>gauge</td><td></td><td>1 UP, 0.5 DEGRADED, 0 DOWN</td></tr>
 *   <tr><td>{@code hms.guard.calls}</td><td>counter</td><td>outcome</td><td>guarded calls: every call is
 *       exactly one of {@code success}, {@code failure}, {@code rejected_breaker}, {@code rejected_limit};
 *       {@code fallback} counts those of the last three a fallback answered; {@code timeout} and
 *       {@code retry} count attempts timed out and retried</td></tr>
 *   <tr><td>{@code hms.guard.latency}</td><td>timer</td><td></td><td>latency of guarded calls that ran (refused ones excluded)</td></tr>
 *   <tr><td>{@code hms.guard.limit}</td><td>gauge</td><td></td><td>the adaptive concurrency limit</td></tr>
 *   <tr><td>{@code hms.breaker.state}</td><td>gauge</td><td></td><td>0 CLOSED, 1 OPEN, 2 HALF_OPEN</td></tr>
 *   <tr><td>{@code hms.repair.attempts}</td><td>counter</td><td>level, outcome</td><td>repair steps run</td></tr>
 *   <tr><td>{@code hms.incident.mttr}</td><td>timer</td><td></td><td>time to recover of closed incidents</td></tr>
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
 * </table>
 *
 * <pre>{@code
 * new HmsMetrics(events, guards).bindTo(meterRegistry);
 * }</pre>
 *
 * Thread-safe; {@link #close()} stops following events (the meters stay registered).
 */
public final class HmsMetrics implements MeterBinder, AutoCloseable {

    private final EventBus events;
    private final Guards guards;
    private final Map<String, AtomicInteger> health = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> breaker = new ConcurrentHashMap<>();
    private final OptimizerConvergence convergence = new OptimizerConvergence();
    private final Map<String, Boolean> convergenceBound = new ConcurrentHashMap<>();
    private final List<BusSubscription> subscriptions = new ArrayList<>();
    private volatile MeterRegistry registry;

    /**
     * @param events the bus whose events feed the event meters
     * @param guards the guards whose counters feed the call meters
     */
    public HmsMetrics(EventBus events, Guards guards) {
        this.events = events;
        this.guards = guards;
    }

    @Override
    public synchronized void bindTo(MeterRegistry meterRegistry) {
        this.registry = meterRegistry;
        for (Guard guard : guards.all()) {
            bindComponent(guard.component());
        }
        subscriptions.add(events.subscribe(HmsEvent.class, this::record));
    }

    /** Registers the meters of a component declared after binding; idempotent. */
    public void bindComponent(String component) {
        MeterRegistry meters = registry;
        if (meters == null || health.containsKey(component)) {
            return;
        }
        AtomicInteger healthLevel = health.computeIfAbsent(component, c -> new AtomicInteger(2));
        Gauge.builder("hms.health", healthLevel, h -> h.get() / 2.0).tag("component", component)
                .description("1 UP, 0.5 DEGRADED, 0 DOWN").register(meters);
        AtomicInteger breakerState = breaker.computeIfAbsent(component, c -> new AtomicInteger());
        Gauge.builder("hms.breaker.state", breakerState, AtomicInteger::get).tag("component", component)
                .description("0 CLOSED, 1 OPEN, 2 HALF_OPEN").register(meters);
        guards.find(component).ifPresent(guard -> bindGuard(meters, guard));
    }

    private void bindGuard(MeterRegistry meters, Guard guard) {
        String component = guard.component();
        GuardStats stats = guard.stats();
        callCounter(meters, component, "success", stats, s -> s.snapshot().successes());
        callCounter(meters, component, "failure", stats, s -> s.snapshot().failures());
        callCounter(meters, component, "fallback", stats, s -> s.snapshot().fallbacks());
        callCounter(meters, component, "timeout", stats, s -> s.snapshot().timeouts());
        callCounter(meters, component, "rejected_breaker", stats, s -> s.snapshot().rejectedByBreaker());
        callCounter(meters, component, "rejected_limit", stats, s -> s.snapshot().rejectedByLimit());
        callCounter(meters, component, "retry", stats, s -> s.snapshot().retries());
        FunctionTimer.builder("hms.guard.latency", stats,
                        s -> s.snapshot().successes() + s.snapshot().failures(),
                        s -> s.snapshot().totalLatencyNanos(), TimeUnit.NANOSECONDS)
                .tag("component", component).description("latency of guarded calls").register(meters);
        Gauge.builder("hms.guard.limit", guard, g -> g.limiter().limit()).tag("component", component)
                .description("the adaptive concurrency limit").register(meters);
    }

    private static void callCounter(MeterRegistry meters, String component, String outcome, GuardStats stats,
                                    ToDoubleFunction<GuardStats> count) {
        FunctionCounter.builder("hms.guard.calls", stats, count).tag("component", component).tag("outcome", outcome)
                .description("guarded calls and attempts by outcome").register(meters);
    }

    void record(HmsEvent event) {
        switch (event) {
            case ComponentEvent e -> recordComponent(e);
            case ChaosInjected e -> chaos(registry, "hms.chaos.injected", e.target(), e.kind());
            case ChaosReverted e -> chaos(registry, "hms.chaos.reverted", e.target(), e.kind());
            case LeadershipChanged e -> { }
            case AgentRestarted e -> Counter.builder("hms.agent.restarts").tag("agent", e.agent())
                    .description("restarts of the runtime's own agents by its supervisor").register(registry)
                    .increment();
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

    private static void chaos(MeterRegistry meters, String name, String target, String kind) {
        Counter.builder(name).tag("component", target).tag("fault", kind).register(meters).increment();
    }

    private void recordComponent(ComponentEvent event) {
        MeterRegistry meters = registry;
        String component = event.component();
        bindComponent(component);
        switch (event) {
            case HealthChanged e -> health.get(component).set(level(e.current().status()));
            case BreakerTransition e -> breaker.get(component).set(state(e.to()));
            case RepairAttempted e -> Counter.builder("hms.repair.attempts").tag("component", component)
                    .tag("level", Integer.toString(e.level())).tag("outcome", e.outcome().name().toLowerCase(java.util.Locale.ROOT))
                    .register(meters).increment();
            case IncidentOpened e -> count(meters, "hms.incident.opened", component);
            case IncidentReopened e -> count(meters, "hms.incident.reopened", component);
            case IncidentEscalated e -> count(meters, "hms.incident.escalated", component);
            case IncidentClosed e -> Timer.builder("hms.incident.mttr").tag("component", component)
                    .description("time to recover").register(meters).record(e.mttr());
            case PatchProposed e -> count(meters, "hms.patch.proposed", component);
            case PatchPromoted e -> count(meters, "hms.patch.promoted", component);
            case PatchRolledBack e -> count(meters, "hms.patch.rolledback", component);
            case GenerationEvaluated e -> {
                count(meters, "hms.optimizer.generations", component);
                convergence.accept(e);
                convergenceBound.computeIfAbsent(component, c -> bindConvergence(meters, c));
            }
        }
    }

    private Boolean bindConvergence(MeterRegistry meters, String component) {
        Gauge.builder("hms.optimizer.convergence.evaluations", convergence,
                        c -> c.latest(component).map(r -> (double) r.evaluationsToConverge()).orElse(Double.NaN))
                .tag("component", component).baseUnit("evaluations")
                .description("evaluations the optimizer's latest run spent before it came near its best")
                .register(meters);
        Gauge.builder("hms.optimizer.convergence.generations", convergence,
                        c -> c.latest(component).map(r -> (double) r.generationsToConverge()).orElse(Double.NaN))
                .tag("component", component)
                .description("generations the optimizer's latest run spent before it came near its best")
                .register(meters);
        return Boolean.TRUE;
    }

    /** How fast the optimizer converged, per run. */
    public OptimizerConvergence convergence() {
        return convergence;
    }

    private static void count(MeterRegistry meters, String name, String component) {
        Counter.builder(name).tag("component", component).register(meters).increment();
    }

    private static int level(HealthStatus status) {
        return switch (status) {
            case UP -> 2;
            case DEGRADED -> 1;
            case DOWN -> 0;
        };
    }

    private static int state(BreakerState state) {
        return switch (state) {
            case CLOSED -> 0;
            case OPEN -> 1;
            case HALF_OPEN -> 2;
        };
    }

    /** Stops following events. */
    @Override
    public synchronized void close() {
        subscriptions.forEach(BusSubscription::close);
        subscriptions.clear();
    }
}
