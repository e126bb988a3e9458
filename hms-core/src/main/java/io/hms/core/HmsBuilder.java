package io.hms.core;

import io.hms.api.ComponentSpec;
import io.hms.api.FallbackFunction;
import io.hms.api.HealthCheckFunction;
import io.hms.api.OptimizeFunction;
import io.hms.api.RepairFunction;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ClusterBreakerPolicy;
import io.hms.api.spi.AnomalyDetectorProvider;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.HmsPlugin;
import io.hms.api.spi.Optimizer;
import io.hms.api.spi.Registrar;
import io.hms.core.admin.AdminOptions;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.configurator.ConfiguratorOptions;
import io.hms.core.event.EventBus;
import io.hms.core.guard.CallTrace;
import io.hms.core.healer.HealerOptions;
import io.hms.core.monitor.anomaly.AnomalyOptions;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.supervisor.Supervisor;
import io.hms.core.time.HostThreads;
import io.hms.core.time.Scheduler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures and builds an {@link Hms} runtime. Every setting has a default that suits one JVM; the
 * registrations ({@link Registrar} methods) are checked at once for bad arguments and as a whole by
 * {@link #build()} against each other.
 *
 * <pre>{@code
 * Hms hms = Hms.builder()
 *         .component(ComponentSpec.of("inventory"))
 *         .annotated(new InventoryHealth(client))
 *         .meterRegistry(prometheusRegistry)
 *         .build()
 *         .start();
 * }</pre>
 *
 * Not thread-safe; build on one thread.
 */
public final class HmsBuilder implements Registrar {

    Scheduler scheduler;
    MeterRegistry meterRegistry;
    String runtimeName;
    Coordinator coordinator;
    String nodeId = "node-" + ProcessHandle.current().pid();
    boolean discoverPlugins = true;
    Optimizer optimizer;
    boolean discoverOptimizer = true;
    boolean discoverCoordinator = true;
    final Map<String, PolicySpace> policySpaces = new HashMap<>();
    ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    AdminOptions admin;
    final List<HmsPlugin> plugins = new ArrayList<>();
    HealerOptions healerOptions = HealerOptions.defaults();
    ConfiguratorOptions configuratorOptions = ConfiguratorOptions.defaults();
    int eventHistory = EventBus.DEFAULT_HISTORY;
    int hostThreads = HostThreads.DEFAULT_MAX_THREADS;
    int policyHistory = FunctionRegistry.DEFAULT_RETAINED_VERSIONS;
    int traceCapacity = CallTrace.DEFAULT_CAPACITY;
    ChaosOptions chaosOptions = ChaosOptions.disabled();
    AnomalyOptions anomalyOptions = AnomalyOptions.defaults();
    AnomalyDetectorProvider anomalyDetectors;
    final Map<String, ClusterBreakerPolicy> clusterBreakers = new LinkedHashMap<>();
    Duration supervisionInterval = Supervisor.DEFAULT_INTERVAL;
    final StagedRegistrar registrations = new StagedRegistrar("Hms.builder()");

    HmsBuilder() {
    }

    /** The clock and timers of every agent; a {@code SystemScheduler} owned by the runtime by default. */
    public HmsBuilder scheduler(Scheduler value) {
        this.scheduler = Objects.requireNonNull(value, "scheduler");
        return this;
    }

    /** Where the meters go; a {@link SimpleMeterRegistry} by default. */
    public HmsBuilder meterRegistry(MeterRegistry value) {
        this.meterRegistry = Objects.requireNonNull(value, "meterRegistry");
        return this;
    }

    /**
     * This runtime's name in its meters, the value of their tag {@code hms.runtime}; by default the first of
     * {@code hms-1}, {@code hms-2}, … that no other live runtime on the meter registry has. Starting a runtime
     * whose name another live runtime on the same registry has fails (see {@code RuntimeMeters}).
     */
    public HmsBuilder runtimeName(String value) {
        Objects.requireNonNull(value, "runtimeName");
        if (value.isBlank()) {
            throw new IllegalArgumentException("runtimeName must not be blank; leave it unset for hms-1, hms-2, ...");
        }
        this.runtimeName = value;
        return this;
    }

    /**
     * The cluster coordinator; by default the first {@code CoordinatorProvider} found with
     * {@link java.util.ServiceLoader}, else the embedded local coordinator. A coordinator given here is
     * not closed by the runtime.
     */
    public HmsBuilder coordinator(Coordinator value) {
        this.coordinator = Objects.requireNonNull(value, "coordinator");
        return this;
    }

    /**
     * The optimizer the runtime starts and closes with itself; by default the first
     * {@code OptimizerProvider} found with {@link java.util.ServiceLoader}, else none (said once in the log).
     */
    public HmsBuilder optimizer(Optimizer value) {
        this.optimizer = Objects.requireNonNull(value, "optimizer");
        return this;
    }

    /**
     * Whether to look for a {@code CoordinatorProvider} (such as hms-consensus) when no coordinator is set; true
     * by default. False runs the embedded local coordinator even when a provider is on the class path.
     */
    public HmsBuilder discoverCoordinator(boolean value) {
        this.discoverCoordinator = value;
        return this;
    }

    /** Whether to look for an {@code OptimizerProvider} when no optimizer is set; true by default. */
    public HmsBuilder discoverOptimizer(boolean value) {
        this.discoverOptimizer = value;
        return this;
    }

    /**
     * Which guard parameters the optimizer may change for {@code component}, and within which ranges;
     * {@link PolicySpace#defaults()} for components not named here.
     */
    public HmsBuilder policySpace(String component, PolicySpace space) {
        policySpaces.put(Objects.requireNonNull(component, "component"), Objects.requireNonNull(space, "space"));
        return this;
    }

    /** This instance's id for the local coordinator; {@code node-<pid>} by default. */
    public HmsBuilder nodeId(String value) {
        this.nodeId = Objects.requireNonNull(value, "nodeId");
        return this;
    }

    /** Adds a plugin explicitly (in addition to discovered ones). */
    public HmsBuilder plugin(HmsPlugin plugin) {
        plugins.add(Objects.requireNonNull(plugin, "plugin"));
        return this;
    }

    /** Whether to discover {@link HmsPlugin}s with {@link java.util.ServiceLoader}; true by default. */
    public HmsBuilder discoverPlugins(boolean value) {
        this.discoverPlugins = value;
        return this;
    }

    /** The class loader plugins and coordinator providers are discovered in; the context class loader by default. */
    public HmsBuilder classLoader(ClassLoader value) {
        this.classLoader = Objects.requireNonNull(value, "classLoader");
        return this;
    }

    /** How the healer runs repairs. */
    public HmsBuilder healer(HealerOptions value) {
        this.healerOptions = Objects.requireNonNull(value, "healer options");
        return this;
    }

    /** How the configurator canaries patches. */
    public HmsBuilder configurator(ConfiguratorOptions value) {
        this.configuratorOptions = Objects.requireNonNull(value, "configurator options");
        return this;
    }

    /**
     * How the monitor looks for anomalies in each component's signals; {@link AnomalyOptions#defaults()}: on
     * when an {@code AnomalyDetectorProvider} is on the class path (add {@code hms-anomaly}), published only.
     * {@link AnomalyOptions#disabled()} turns it off.
     */
    public HmsBuilder anomalies(AnomalyOptions value) {
        this.anomalyOptions = Objects.requireNonNull(value, "anomaly options");
        return this;
    }

    /**
     * The anomaly detectors of this runtime, instead of the first {@code AnomalyDetectorProvider} found with
     * {@link java.util.ServiceLoader}; used only while {@link #anomalies} leaves the watch enabled.
     */
    public HmsBuilder anomalyDetector(AnomalyDetectorProvider value) {
        this.anomalyDetectors = Objects.requireNonNull(value, "anomaly detector provider");
        return this;
    }

    /**
     * Lets the breaker of {@code component}, a dependency every instance of the cluster shares, open on the
     * cluster's evidence as {@code policy} says (see {@link ClusterBreakerPolicy}), besides its own calls'. The
     * component must be registered with this builder. With the embedded local coordinator there is nobody
     * else to hear from, so this changes nothing.
     */
    public HmsBuilder clusterBreaker(String component, ClusterBreakerPolicy policy) {
        Objects.requireNonNull(component, "component");
        this.clusterBreakers.put(component, Objects.requireNonNull(policy, "cluster breaker policy"));
        return this;
    }

    /** {@link #clusterBreaker(String, ClusterBreakerPolicy)} with {@link ClusterBreakerPolicy#majority()}. */
    public HmsBuilder clusterBreaker(String component) {
        return clusterBreaker(component, ClusterBreakerPolicy.majority());
    }

    /**
     * Whether {@code hms.chaos()} may inject faults, and their bounds; {@link ChaosOptions#disabled()} by
     * default. Enable it explicitly, e.g. in a staging host or a test:
     * {@code .chaos(ChaosOptions.enabled())}.
     */
    public HmsBuilder chaos(ChaosOptions value) {
        this.chaosOptions = Objects.requireNonNull(value, "chaos options");
        return this;
    }

    /**
     * How many platform threads may run host code (health checks, repairs) at once;
     * {@value HostThreads#DEFAULT_MAX_THREADS} by default. Host code never runs on the host's virtual
     * threads' carriers, so a check that spins or ignores interrupts costs one of these threads and
     * nothing else; a check or repair is never started again while its earlier run has not returned.
     */
    public HmsBuilder hostThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("hostThreads must be at least 1, got " + threads);
        }
        this.hostThreads = threads;
        return this;
    }

    /** How many recent events the bus keeps for {@code hms.events().history()}; 2048 by default. */
    public HmsBuilder eventHistory(int events) {
        if (events < 1) {
            throw new IllegalArgumentException("eventHistory must be at least 1, got " + events);
        }
        this.eventHistory = events;
        return this;
    }

    /**
     * Turns the admin API on: HTTP endpoints, the live event stream and the organism page, served by
     * {@code hms-admin} (which must be on the class path) from {@link Hms#start()} until {@link Hms#close()}.
     * Off by default; {@code -Dhms.admin.port=} turns it on with {@link AdminOptions#fromProperties}.
     */
    public HmsBuilder admin(AdminOptions options) {
        this.admin = Objects.requireNonNull(options, "admin options");
        return this;
    }

    /**
     * How many versions of each component's policy the registry keeps for rollback, the current one
     * included; {@value FunctionRegistry#DEFAULT_RETAINED_VERSIONS} by default, at least 2. Older
     * versions are dropped, so a long-running host that keeps tuning holds a bounded history.
     */
    public HmsBuilder policyHistory(int versions) {
        if (versions < 2) {
            throw new IllegalArgumentException("policyHistory must be at least 2 (the current version and one to "
                    + "roll back to), got " + versions);
        }
        this.policyHistory = versions;
        return this;
    }

    /**
     * How many recent call attempts each component's trace keeps for the optimizer to replay;
     * {@value CallTrace#DEFAULT_CAPACITY} by default (rounded up to a power of two, about 18 bytes each), 0
     * for no traces. A trace takes its memory only when the optimizer first asks for it (or a chaos
     * experiment begins), so a runtime without an optimizer spends nothing on traces.
     */
    public HmsBuilder traceCapacity(int attempts) {
        if (attempts < 0 || attempts > CallTrace.MAX_CAPACITY) {
            throw new IllegalArgumentException("traceCapacity must be in [0, " + CallTrace.MAX_CAPACITY
                    + "] (0 turns traces off), got " + attempts);
        }
        this.traceCapacity = attempts;
        return this;
    }

    /**
     * How often the supervisor checks the agents and restarts those whose thread died or whose timer stopped;
     * 1 s by default. An agent whose thread died is restarted within one interval.
     */
    public HmsBuilder supervisionInterval(Duration interval) {
        Objects.requireNonNull(interval, "supervisionInterval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("supervisionInterval must be positive, got " + interval);
        }
        this.supervisionInterval = interval;
        return this;
    }

    @Override
    public HmsBuilder component(ComponentSpec spec) {
        registrations.component(spec);
        return this;
    }

    /** Declares a component with the default policy. */
    public HmsBuilder component(String name) {
        return component(ComponentSpec.of(name));
    }

    /**
     * Declares the components of a plan file, each with the default policy and what the plan sets laid over
     * it, here in the chain, so the functions registered after this name them as usual. The plan is read at
     * once by {@code hms-plan} (which must be on the class path, found in {@link #classLoader}); its chaos
     * experiments and optimizer runs are tasks for {@code hms plan apply} against a running host and are not
     * run here.
     *
     * <pre>{@code
     * Hms.builder().plan(Path.of("checkout.hms.yaml")).healthCheck("payments", "ping", payments::ping)
     * }</pre>
     *
     * @throws IllegalArgumentException naming every problem of the plan at its file, line and column
     * @throws IllegalStateException when {@code hms-plan} is not on the class path
     */
    public HmsBuilder plan(Path plan) {
        Objects.requireNonNull(plan, "plan");
        for (ComponentSpec spec : PlanStart.components(classLoader, plan)) {
            component(spec);
        }
        return this;
    }

    @Override
    public HmsBuilder healthCheck(String component, String name, HealthCheckFunction check) {
        registrations.healthCheck(component, name, check);
        return this;
    }

    @Override
    public HmsBuilder repair(String component, String name, int level, Duration timeout, RepairFunction repair) {
        registrations.repair(component, name, level, timeout, repair);
        return this;
    }

    @Override
    public HmsBuilder fallback(String component, FallbackFunction fallback) {
        registrations.fallback(component, fallback);
        return this;
    }

    @Override
    public HmsBuilder optimize(String component, String name, OptimizeFunction hook) {
        registrations.optimize(component, name, hook);
        return this;
    }

    @Override
    public HmsBuilder annotated(Object host) {
        registrations.annotated(Objects.requireNonNull(host, "host"));
        return this;
    }

    /**
     * Builds the runtime (not yet started).
     *
     * @throws io.hms.core.registry.RegistrationException when the registrations conflict (unknown
     *         component, duplicate name); nothing is left running
     */
    public Hms build() {
        return new Hms(this);
    }
}
