package io.hms.core.healer;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.RepairFunction;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.ComponentEvent;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentEscalated;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.IncidentReopened;
import io.hms.api.event.RepairAttempted;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.spi.Coordinator;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.event.EventBus;
import io.hms.core.monitor.HealthProbe;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.time.HostThreads;
import io.hms.core.time.Scheduler;
import io.hms.core.time.SystemScheduler;
import io.hms.core.time.TimeLimiter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A healer on a given clock with fake components: each has a health check that reports a flag, so a
 * repair heals it by setting the flag. Triggers are published on the event bus as the monitor and
 * guard would. {@link #story(String)} tells a component's incident events as one line each.
 */
final class HealerFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** Small, fast options: 10 ms backoff doubling up to 40 ms. */
    static final HealerOptions FAST = new HealerOptions(4, Duration.ofMillis(10), Duration.ofMillis(40),
            Duration.ofMinutes(1));

    final Scheduler time;
    final EventBus events = new EventBus();
    final FunctionRegistry registry;
    final LocalCoordinator local;
    final TimeLimiter probeLimiter;
    final HealthProbe probe;
    final HostThreads hostThreads = new HostThreads("test-host", 8);
    private final Map<String, AtomicBoolean> healthy = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> checked = new ConcurrentHashMap<>();
    Healer healer;

    HealerFixture(Scheduler time) {
        this.time = time;
        this.registry = new FunctionRegistry(time::now);
        this.local = new LocalCoordinator("node-1", time);
        this.probeLimiter = new TimeLimiter(time, "probe");
        this.probe = new HealthProbe(registry, probeLimiter, time);
    }

    /** Declares a component that is broken (its check says DOWN) until a repair sets it healthy. */
    AtomicBoolean component(String name) {
        return component(name, policy());
    }

    /**
     * The policies of the fixture's components: checks get a generous timeout, so a slow machine cannot fail
     * them, and a closed incident is never re-opened (each failure is an incident of its own).
     */
    static ComponentPolicy policy() {
        return ComponentPolicy.defaults().withHealth(HealthPolicy.defaults().withTimeout(WAIT))
                .withPlaybook(Playbook.byLevel().withReopenWithin(Duration.ZERO));
    }

    AtomicBoolean component(String name, ComponentPolicy policy) {
        AtomicBoolean flag = new AtomicBoolean(false);
        Semaphore calls = new Semaphore(0);
        healthy.put(name, flag);
        checked.put(name, calls);
        new StagedRegistrar("test")
                .component(ComponentSpec.of(name).withPolicy(policy))
                .healthCheck(name, "ping", () -> {
                    Health health = flag.get() ? Health.up() : Health.down(name + " is broken");
                    calls.release();
                    return health;
                })
                .applyTo(registry);
        return flag;
    }

    /** One permit per run of the component's health check, released once the run's result is fixed. */
    Semaphore checked(String component) {
        return checked.get(component);
    }

    void repair(String component, String name, int level, Duration timeout, RepairFunction repair) {
        new StagedRegistrar("test").repair(component, name, level, timeout, repair).applyTo(registry);
    }

    /** A repair that heals the component. */
    RepairFunction heals(String component) {
        return ctx -> {
            healthy.get(component).set(true);
            return true;
        };
    }

    Healer start(HealerOptions options) {
        return start(options, local);
    }

    Healer start(HealerOptions options, Coordinator coordinator) {
        healer = new Healer(registry, events, time, coordinator, probe, options);
        healer.start();
        return healer;
    }

    /** Starts a healer that also asks {@code callers} to verify repairs. */
    Healer start(HealerOptions options, CallerView callers) {
        healer = new Healer(registry, events, time, local, probe, callers, hostThreads, options);
        healer.start();
        return healer;
    }

    /** Publishes what the monitor publishes when the component goes DOWN. */
    void down(String component, String reason) {
        events.publish(new HealthChanged(time.now(), component, Health.up(), Health.down(reason)));
    }

    /** Publishes what the monitor publishes when the component is UP again. */
    void up(String component) {
        events.publish(new HealthChanged(time.now(), component, Health.down("was down"), Health.up()));
    }

    /** Publishes what the guard publishes when the component's breaker opens. */
    void breakerOpens(String component, String reason) {
        events.publish(new BreakerTransition(time.now(), component, BreakerState.CLOSED, BreakerState.OPEN, reason));
    }

    /** The next event of {@code type} about {@code component}; ask before causing it. */
    <E extends ComponentEvent> CompletableFuture<E> next(Class<E> type, String component) {
        return events.next(type, e -> e.component().equals(component));
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The healer's events about {@code component} so far, one line each, oldest first. */
    List<String> story(String component) {
        return events.history(ComponentEvent.class).stream()
                .filter(e -> e.component().equals(component))
                .map(HealerFixture::line)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** The healer's events about every component so far, as {@code component: line}, oldest first. */
    List<String> story() {
        return events.history(ComponentEvent.class).stream()
                .filter(e -> !line(e).isEmpty())
                .map(e -> e.component() + ": " + line(e))
                .toList();
    }

    private static String line(ComponentEvent event) {
        return switch (event) {
            case IncidentOpened e -> "opened: " + e.trigger();
            case IncidentReopened e -> "reopened " + e.incidentId() + ": " + e.trigger() + " after " + e.resolvedBy();
            case RepairAttempted e -> e.function() + " L" + e.level() + " #" + e.attempt() + " " + e.outcome()
                    + (e.detail().isEmpty() ? "" : ": " + e.detail());
            case IncidentEscalated e -> "escalated #" + e.attempt() + " retry in " + e.retryIn().toMillis() + "ms";
            case IncidentClosed e -> "closed by " + e.resolvedBy() + " after " + e.steps() + " steps";
            default -> "";
        };
    }

    @Override
    public void close() {
        if (healer != null) {
            healer.close();
        }
        probeLimiter.close();
        hostThreads.close();
        events.close();
        if (time instanceof SystemScheduler system) {
            system.close();
        }
    }
}
