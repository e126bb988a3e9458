package io.hms.core;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.Subscription;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.ComponentEvent;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.LeadershipChanged;
import io.hms.api.spi.AnomalyDetectorProvider;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorView;
import io.hms.api.spi.Optimizer;
import io.hms.api.spi.Registrar;
import io.hms.api.spi.SwarmReport.ComponentState;
import io.hms.core.admin.AdminEndpoint;
import io.hms.core.admin.AdminOptions;
import io.hms.core.chaos.Chaos;
import io.hms.core.chaos.experiment.Experiments;
import io.hms.core.chaos.metrics.ChaosMetrics;
import io.hms.core.configurator.Configurator;
import io.hms.core.coordinator.Coordinators;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.coordinator.ReadOnlyCoordinator;
import io.hms.core.event.EventBus;
import io.hms.core.guard.Guard;
import io.hms.core.guard.GuardStats;
import io.hms.core.guard.Guards;
import io.hms.core.guard.cluster.ClusterBreakers;
import io.hms.core.healer.Healer;
import io.hms.core.healer.Incident;
import io.hms.core.healer.IncidentStep;
import io.hms.core.metrics.HmsMetrics;
import io.hms.core.monitor.HealthProbe;
import io.hms.core.monitor.Monitor;
import io.hms.core.monitor.anomaly.AnomalyResponse;
import io.hms.core.monitor.anomaly.AnomalyWatch;
import io.hms.core.monitor.anomaly.CallCounts;
import io.hms.core.optimizer.Optimizers;
import io.hms.core.optimizer.RuntimeOptimizerContext;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.PluginLoader;
import io.hms.core.registry.PluginReport;
import io.hms.core.registry.RegistryView;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.supervisor.Supervisor;
import io.hms.core.swarm.SwarmView;
import io.hms.core.time.HmsThreads;
import io.hms.core.time.HostThreads;
import io.hms.core.time.ManualScheduler;
import io.hms.core.time.Scheduler;
import io.hms.core.time.SystemScheduler;
import io.hms.core.time.TimeLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMS runtime embedded in a host: it wires the registry, the event bus and the agents (monitor,
 * guards, healer, configurator, metrics, and the optimizer when one is set or found on the class path)
 * and owns their threads. It holds no behaviour of its own.
 *
 * <pre>{@code
 * try (Hms hms = Hms.builder()
 *         .component("inventory")
 *         .annotated(new InventoryFunctions(client))   // @HealthCheck, @Repair, @Fallback
 *         .build()
 *         .start()) {
 *     Stock stock = hms.guard("inventory").call(() -> client.stock(sku));
 * }
 * }</pre>
 *
 * <p>Every thread HMS starts is named {@code hms-…}; {@link #close()} reverts every chaos fault and stops
 * them all. The agents are supervised: one whose thread dies or whose timer stops is restarted
 * ({@link #supervisor()}). Thread-safe.
 *
 * <p>Lifecycle: guards work from {@link HmsBuilder#build()} on, timeouts included; {@link #start()} starts
 * health checks, the healer and the configurator. {@link #close()} interrupts the guarded calls in flight
 * that have a timeout and refuses every later one, both with a {@code GuardClosedException}; after it,
 * {@link #register} is refused and {@link #health} reports UNKNOWN, as it does before any check has run.
 */
public final class Hms implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Hms.class);
    private static final int NEW = 0;
    private static final int STARTED = 1;
    private static final int CLOSED = 2;

    private final Scheduler scheduler;
    private final SystemScheduler ownedScheduler;
    private final EventBus events;
    private final FunctionRegistry registry;
    private final Guards guards;
    private final Coordinator coordinator;
    private final CoordinatorView coordinatorView;
    private final boolean ownsCoordinator;
    private final MeterRegistry meterRegistry;
    private final HmsThreads threads = new HmsThreads();
    private final HostThreads hostThreads;
    private final TimeLimiter probeLimiter;
    private final Monitor monitor;
    private final AnomalyWatch anomalies;
    private final ExecutorService anomalyThread;
    private final ClusterBreakers clusterBreakers;
    private final SwarmView swarm;
    private final Healer healer;
    private final Configurator configurator;
    private final HmsMetrics metrics;
    private final Optional<Optimizer> optimizer;
    private final RuntimeOptimizerContext optimizerContext;
    private final Chaos chaos;
    private final Experiments experiments;
    private final ChaosMetrics chaosMetrics;
    private final PluginReport plugins;
    private final Supervisor supervisor;
    private final List<Subscription> wiring = new ArrayList<>();
    private final AtomicInteger state = new AtomicInteger(NEW);
    private final AdminOptions adminOptions;
    private final ClassLoader classLoader;
    private volatile AdminEndpoint admin;

    /** A builder with defaults for one JVM. */
    public static HmsBuilder builder() {
        return new HmsBuilder();
    }

    Hms(HmsBuilder b) {
        this.adminOptions = b.admin != null ? b.admin : AdminOptions.fromProperties(System.getProperties()).orElse(null);
        this.classLoader = b.classLoader;
        this.ownedScheduler = b.scheduler == null ? new SystemScheduler(threads) : null;
        this.scheduler = b.scheduler == null ? ownedScheduler : b.scheduler;
        if (scheduler instanceof ManualScheduler manual) {
            manual.watch(threads.work()); // a test's clock moves only once this runtime's work has come to rest
        }
        this.events = new EventBus(b.eventHistory, EventBus.DEFAULT_QUEUE, threads);
        this.registry = new FunctionRegistry(scheduler::now, b.policyHistory);
        this.guards = new Guards(scheduler, events::publish, Guards.DEFAULT_TIMEOUT_RESOLUTION, b.traceCapacity);
        this.meterRegistry = b.meterRegistry == null ? new SimpleMeterRegistry() : b.meterRegistry;
        this.metrics = new HmsMetrics(events, guards, b.runtimeName);
        wiring.add(registry.addListener(new GuardWiring(guards, metrics)));
        try {
            b.registrations.applyTo(registry);
            PluginReport explicit = PluginLoader.apply(b.plugins, registry);
            PluginReport discovered = b.discoverPlugins ? PluginLoader.discover(b.classLoader, registry, b.plugins)
                    : PluginReport.empty();
            this.plugins = explicit.plus(discovered);
            List<String> unknown = b.clusterBreakers.keySet().stream()
                    .filter(name -> !registry.componentNames().contains(name)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("clusterBreaker names components this runtime does not have: "
                        + unknown + "; register them (component(...), @HealthCheck, a plugin) or drop them from"
                        + " clusterBreaker(...); the components are " + registry.componentNames());
            }
        } catch (RuntimeException e) {
            shutdownBasics();
            throw e;
        }
        this.ownsCoordinator = b.coordinator == null;
        this.coordinator = b.coordinator != null ? b.coordinator
                : b.discoverCoordinator ? Coordinators.discover(b.classLoader, b.nodeId, scheduler)
                : new LocalCoordinator(b.nodeId, scheduler);
        this.coordinatorView = ReadOnlyCoordinator.of(coordinator);
        this.clusterBreakers = new ClusterBreakers(coordinator, scheduler, b.clusterBreakers,
                name -> guards.find(name).map(Guard::breaker));
        this.swarm = new SwarmView(coordinator, scheduler, SwarmView.DEFAULT_EVERY, SwarmView.DEFAULT_EVERY.multipliedBy(3),
                this::componentStates);
        this.supervisor = new Supervisor(scheduler, events::publish, b.supervisionInterval);
        this.chaos = new Chaos(b.chaosOptions, scheduler, guards, events::publish, coordinator, supervisor, threads);
        this.hostThreads = new HostThreads("host", b.hostThreads, threads);
        this.probeLimiter = new TimeLimiter(scheduler, hostThreads);
        HealthProbe probe = new HealthProbe(registry, probeLimiter, scheduler, chaos.healthInterceptor());
        this.monitor = new Monitor(registry, events, scheduler, probe);
        this.healer = new Healer(registry, events, scheduler, coordinator, probe, new GuardCallers(guards),
                hostThreads, b.healerOptions);
        this.configurator = new Configurator(registry, events, scheduler, coordinator, new GuardCanaries(guards),
                b.configuratorOptions, hostThreads);
        Optional<AnomalyDetectorProvider> detectors = !b.anomalyOptions.enabled() ? Optional.empty()
                : b.anomalyDetectors != null ? Optional.of(b.anomalyDetectors) : AnomalyWatch.discover(b.classLoader);
        this.anomalyThread = detectors.isPresent()
                ? Executors.newSingleThreadExecutor(threads.platform("anomaly")) : null;
        GuardTightening tightening = new GuardTightening(registry, configurator);
        AnomalyResponse response = b.anomalyOptions.response();
        this.anomalies = detectors.map(provider -> new AnomalyWatch(b.anomalyOptions, provider, scheduler,
                anomalyThread, threads.work(), registry::componentNames, this::callCounts, monitor::checkLatencyMillis,
                anomaly -> {
                    events.publish(anomaly);
                    switch (response) {
                        case REPAIR_EARLY -> healer.repairEarly(anomaly);
                        case TIGHTER_GUARD -> tightening.onAnomaly(anomaly);
                        case NOTHING -> { }
                    }
                }, component -> {
                    if (response == AnomalyResponse.TIGHTER_GUARD) {
                        tightening.onAnomalyOver(component);
                    }
                })).orElse(null);
        this.optimizer = b.optimizer != null ? Optional.of(b.optimizer)
                : b.discoverOptimizer ? Optimizers.discover(b.classLoader) : Optional.empty();
        this.optimizerContext = new RuntimeOptimizerContext(registry, guards, healer, configurator, events, scheduler,
                coordinator, b.policySpaces, threads);
        this.experiments = new Experiments(chaos, new HmsSystemView(guards, monitor, healer), scheduler, events);
        this.chaosMetrics = new ChaosMetrics(events);
        List.of(monitor.supervision(), healer.supervision(), configurator.supervision(), metrics.supervision())
                .forEach(supervisor::supervise);
        optimizer.ifPresent(o -> supervisor.supervise(optimizerContext.supervision()));
        LOG.info("HMS runtime built: components {}, coordinator {}, optimizer {}, anomalies {}, plugins {}",
                registry.componentNames(), coordinator.getClass().getSimpleName(), optimizer.map(Optimizer::name)
                        .orElse("none (add hms-ga for self-optimization)"),
                detectors.map(AnomalyDetectorProvider::name).orElse(b.anomalyOptions.enabled()
                        ? "none (add hms-anomaly for early warnings)" : "off"), plugins.loaded());
    }

    /**
     * Starts the agents: meters are bound, health checks begin, the healer listens.
     *
     * @return this runtime
     * @throws IllegalStateException when started twice or after {@link #close()}, or when another live runtime
     *                               on the meter registry has this one's name (this one is closed then)
     */
    public Hms start() {
        if (!state.compareAndSet(NEW, STARTED)) {
            throw new IllegalStateException("this HMS runtime was already " + (state.get() == CLOSED ? "closed" : "started")
                    + "; build a new one with Hms.builder()");
        }
        try {
            metrics.bindTo(meterRegistry);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        configurator.start();
        monitor.start();
        healer.start();
        if (anomalies != null) {
            anomalies.start();
        }
        if (chaos.enabled()) {
            // the meta-metrics judge alarms against injected faults: without chaos every alarm would
            // count as a false positive
            chaosMetrics.bindTo(metrics.meters());
            wiring.add(experiments.onReport(chaosMetrics::record));
        }
        wiring.add(events.subscribe(IncidentClosed.class, closed ->
                guards.find(closed.component()).ifPresent(guard -> guard.breaker()
                        .probeNow("incident " + closed.incidentId() + " closed by " + closed.resolvedBy()))));
        wiring.add(events.subscribe(BreakerTransition.class, clusterBreakers::onTransition));
        wiring.add(events.subscribe(ComponentEvent.class, changed -> swarm.changed()));
        swarm.start();
        clusterBreakers.start();
        wiring.add(coordinator.onLeadershipChange(leader ->
                events.publish(new LeadershipChanged(scheduler.now(), coordinator.nodeId(), leader))));
        optimizer.ifPresent(o -> Optimizers.start(o, optimizerContext));
        supervisor.start();
        if (adminOptions != null) {
            try {
                admin = AdminStart.start(classLoader, this, adminOptions);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
        return this;
    }

    /** The admin API, when the host turned it on ({@link HmsBuilder#admin}) and the runtime has started. */
    public Optional<AdminEndpoint> admin() {
        return Optional.ofNullable(admin);
    }

    /** The guard of {@code component}: wrap every call to it. */
    public Guard guard(String component) {
        return guards.guard(component);
    }

    /**
     * The monitor's current judgement of {@code component}: UNKNOWN before {@link #start()}, until one of
     * its checks has answered (for good if it has none), and after {@link #close()}.
     */
    public Health health(String component) {
        return monitor.health(component);
    }

    /** The monitor's current judgement of every component. */
    public Map<String, Health> health() {
        return monitor.healthAll();
    }

    /** The incidents, open and closed, oldest first. */
    public List<Incident> incidents() {
        return healer.incidents();
    }

    /**
     * Registers more components and functions at runtime, all or nothing.
     *
     * <pre>{@code hms.register(r -> r.component(ComponentSpec.of("cache")).annotated(new CacheFunctions())); }</pre>
     *
     * @throws io.hms.core.registry.RegistrationException naming each problem; nothing of it is registered
     * @throws IllegalStateException after {@link #close()} (before {@link #start()} it is accepted)
     */
    public void register(Consumer<? super Registrar> registrations) {
        if (state.get() == CLOSED) {
            throw new IllegalStateException("this HMS runtime is closed; nothing can be registered with it. "
                    + "Build a new one with Hms.builder()");
        }
        StagedRegistrar staged = new StagedRegistrar("Hms.register()");
        registrations.accept(staged);
        staged.applyTo(registry);
    }

    /**
     * The FFI registry, read-only: components, functions, versioned policies. Register with
     * {@link #register}; change a policy through {@link #configurator()}.
     */
    public RegistryView registry() {
        return registry.view();
    }

    /** The event bus. */
    public EventBus events() {
        return events;
    }

    /** The configurator: propose, apply and roll back policy patches. */
    public Configurator configurator() {
        return configurator;
    }

    /**
     * The coordinator (local by default), as a host sees it: leadership, status, leased locks and commit
     * notices. It cannot commit: a policy changes only through {@link #configurator()}.
     */
    public CoordinatorView coordinator() {
        return coordinatorView;
    }

    /**
     * The chaos agent: injects faults on purpose. Refuses with a {@code ChaosDisabledException} unless the
     * builder enabled it with {@code .chaos(ChaosOptions.enabled())}.
     */
    public Chaos chaos() {
        return chaos;
    }

    /** Runs chaos experiments on demand or on a schedule; refuses unless chaos is enabled. */
    public Experiments experiments() {
        return experiments;
    }

    /**
     * The meta-metrics: MTTR and detection per fault kind, monitor false positives, repair success by
     * level. They follow the runtime (and are published as meters) only when chaos is enabled.
     */
    public ChaosMetrics chaosMetrics() {
        return chaosMetrics;
    }

    /** The supervisor that restarts the agents whose threads die or whose timers stop. */
    public Supervisor supervisor() {
        return supervisor;
    }

    /** The meter registry HMS publishes to. */
    public MeterRegistry meterRegistry() {
        return meterRegistry;
    }

    /** Which plugins were loaded and which were skipped. */
    public PluginReport plugins() {
        return plugins;
    }

    /** The optimizer this runtime hosts, if any. */
    public Optional<Optimizer> optimizer() {
        return optimizer;
    }

    /**
     * The threads this runtime started that are still running, all named {@code hms-…}; empty once
     * {@link #close()} has stopped them (a thread of host code that ignores interrupts may outlive it).
     */
    public List<Thread> threads() {
        return threads.alive();
    }

    /** The scheduler the agents run on. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** Stops every agent and every thread HMS started; idempotent. */
    @Override
    public void close() {
        if (state.getAndSet(CLOSED) == CLOSED) {
            return;
        }
        AdminEndpoint endpoint = admin;
        if (endpoint != null) {
            endpoint.close(); // first: no request sees the agents closing
        }
        supervisor.close(); // the agents closing is no death to restart
        optimizer.ifPresent(Optimizers::close);
        experiments.close();
        chaos.close();
        wiring.forEach(Subscription::close);
        clusterBreakers.close();
        swarm.close();
        metrics.close();
        chaosMetrics.close();
        if (anomalies != null) {
            anomalies.close();
            anomalyThread.shutdownNow();
        }
        healer.close();
        monitor.close();
        configurator.close();
        probeLimiter.close();
        hostThreads.close();
        if (ownsCoordinator) {
            coordinator.close();
        }
        shutdownBasics();
    }

    /**
     * What every instance of the cluster sees of each component, from the reports they tell each other: health,
     * breaker, open incident and the rung it reached, policy version. With the embedded local coordinator: this
     * instance alone.
     */
    public SwarmView swarm() {
        return swarm;
    }

    private List<ComponentState> componentStates() {
        List<ComponentState> states = new ArrayList<>();
        for (String name : registry.componentNames()) {
            Optional<Incident> open = healer.openIncident(name);
            states.add(new ComponentState(name, monitor.health(name).status(),
                    guards.find(name).map(Guard::breakerState).orElse(BreakerState.CLOSED),
                    open.map(Incident::id).orElse(""),
                    open.map(i -> i.steps().stream().mapToInt(IncidentStep::level).max().orElse(0)).orElse(0),
                    registry.policy(name).version()));
        }
        return states;
    }

    private Optional<CallCounts> callCounts(String component) {
        return guards.find(component).map(guard -> {
            GuardStats.Snapshot s = guard.stats().snapshot();
            return new CallCounts(s.successes(), s.failures(), s.rejectedByBreaker() + s.rejectedByLimit(),
                    s.totalLatencyNanos(), guard.limiter().limit());
        });
    }

    private void shutdownBasics() {
        guards.close();
        events.close();
        if (scheduler instanceof ManualScheduler manual) {
            manual.unwatch(threads.work());
        }
        if (ownedScheduler != null) {
            ownedScheduler.close();
        }
    }
}
