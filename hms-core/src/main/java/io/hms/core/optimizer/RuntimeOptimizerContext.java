package io.hms.core.optimizer;

import io.hms.api.Durations;
import io.hms.api.FunctionKind;
import io.hms.api.Subscription;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.HmsEventListener;
import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.IncidentRecord;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorView;
import io.hms.api.spi.OptimizerContext;
import io.hms.core.configurator.Configurator;
import io.hms.core.configurator.PatchResult;
import io.hms.core.coordinator.ReadOnlyCoordinator;
import io.hms.core.event.BusSubscription;
import io.hms.core.event.EventBus;
import io.hms.core.guard.CallTrace;
import io.hms.core.guard.Guard;
import io.hms.core.guard.Guards;
import io.hms.core.healer.Healer;
import io.hms.core.healer.Incident;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.supervisor.Lifeline;
import io.hms.core.supervisor.Supervised;
import io.hms.core.supervisor.SupervisedTimer;
import io.hms.core.time.HmsThreads;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

/**
 * The {@link OptimizerContext} of an {@link io.hms.core.Hms} runtime: reads come from its registry,
 * guards and healer; proposals go to its configurator; timers run on its scheduler.
 *
 * <pre>{@code
 * OptimizerContext context = new RuntimeOptimizerContext(registry, guards, healer, configurator, events,
 *         scheduler, coordinator, Map.of("inventory", PolicySpace.defaults().without(Parameter.TIMEOUT)));
 * optimizer.start(context);
 * }</pre>
 *
 * <p>A component without a space of its own gets {@link PolicySpace#defaults()}. Traces and incident
 * lists are copied on each call, off the guarded path; a component's trace starts recording when first
 * asked for ({@link #trace}). Thread-safe.
 */
public final class RuntimeOptimizerContext implements OptimizerContext {

    private final FunctionRegistry registry;
    private final Guards guards;
    private final Healer healer;
    private final Configurator configurator;
    private final EventBus events;
    private final Scheduler scheduler;
    private final CoordinatorView coordinator;
    private final Map<String, PolicySpace> spaces;
    private final HmsThreads threads;
    private final List<Lifeline> lifelines = new CopyOnWriteArrayList<>();

    /**
     * @param spaces the policy space of each component that does not use the defaults
     */
    public RuntimeOptimizerContext(FunctionRegistry registry, Guards guards, Healer healer, Configurator configurator,
                                   EventBus events, Scheduler scheduler, Coordinator coordinator,
                                   Map<String, PolicySpace> spaces) {
        this(registry, guards, healer, configurator, events, scheduler, coordinator, spaces, new HmsThreads());
    }

    /**
     * @param spaces  the policy space of each component that does not use the defaults
     * @param threads the runtime's threads, which the optimizer's join
     */
    public RuntimeOptimizerContext(FunctionRegistry registry, Guards guards, Healer healer, Configurator configurator,
                                   EventBus events, Scheduler scheduler, Coordinator coordinator,
                                   Map<String, PolicySpace> spaces, HmsThreads threads) {
        this.threads = threads;
        this.registry = registry;
        this.guards = guards;
        this.healer = healer;
        this.configurator = configurator;
        this.events = events;
        this.scheduler = scheduler;
        this.coordinator = ReadOnlyCoordinator.of(coordinator);
        this.spaces = Map.copyOf(spaces);
    }

    @Override
    public Set<String> components() {
        return Set.copyOf(registry.componentNames());
    }

    @Override
    public VersionedPolicy policy(String component) {
        return registry.policy(component);
    }

    @Override
    public PolicySpace policySpace(String component) {
        return spaces.getOrDefault(component, PolicySpace.defaults());
    }

    @Override
    public List<PlaybookStep> repairs(String component) {
        return registry.functions(component, FunctionKind.REPAIR).stream()
                .map(f -> new PlaybookStep(f.name(), f.descriptor().timeout())).toList();
    }

    /**
     * {@inheritDoc}
     *
     * <p>A guard's trace records only once asked for: the first call for a component starts its trace
     * (see {@link io.hms.core.guard.CallTrace}) and answers what it holds so far, which is nothing; later
     * calls answer the attempts since. So a runtime whose optimizer never reads a component's trace spends
     * no memory on it. A runtime built with {@code traceCapacity(0)} answers empty traces.
     */
    @Override
    public CallRecords trace(String component) {
        return guards.find(component).map(RuntimeOptimizerContext::startedTrace).orElse(CallRecords.empty());
    }

    private static CallRecords startedTrace(Guard guard) {
        CallTrace trace = guard.trace();
        trace.start();
        return trace.snapshot();
    }

    @Override
    public List<IncidentRecord> incidents(String component) {
        return healer.incidents().stream()
                .filter(i -> !i.isOpen() && i.component().equals(component))
                .map(RuntimeOptimizerContext::toRecord).toList();
    }

    @Override
    public CompletionStage<Boolean> propose(PolicyPatch patch) {
        return configurator.propose(patch).thenApply(PatchResult::promoted);
    }

    @Override
    public boolean canaryRunning(String component) {
        return configurator.canaryRunning(component);
    }

    @Override
    public void publish(HmsEvent event) {
        events.publish(event);
    }

    @Override
    public <E extends HmsEvent> Subscription subscribe(Class<E> type, HmsEventListener<? super E> listener) {
        BusSubscription subscription = events.subscribe(type, listener);
        Lifeline lifeline = Lifeline.of(subscription);
        lifelines.add(lifeline);
        return () -> {
            lifelines.remove(lifeline);
            subscription.close();
        };
    }

    @Override
    public CoordinatorView coordinator() {
        return coordinator;
    }

    @Override
    public Instant now() {
        return scheduler.now();
    }

    @Override
    public long nanoTime() {
        return scheduler.nanoTime();
    }

    @Override
    public Subscription every(Duration period, Runnable task) {
        SupervisedTimer timer = SupervisedTimer.start("timer every " + Durations.format(period), scheduler, period,
                task);
        lifelines.add(timer);
        return () -> {
            lifelines.remove(timer);
            timer.cancel();
        };
    }

    /**
     * The optimizer's host as the runtime's supervisor sees it, named {@code "optimizer"}: the threads of the
     * subscriptions and the timers the optimizer holds through this context (its own threads are its own). A
     * restart delivers what was published meanwhile and sets the timers again.
     */
    public Supervised supervision() {
        return Supervised.of("optimizer", () -> List.copyOf(lifelines));
    }

    @Override
    public ThreadFactory threadFactory(String name) {
        return threads.platform(name);
    }

    static IncidentRecord toRecord(Incident incident) {
        List<IncidentRecord.Step> steps = incident.steps().stream()
                .map(s -> new IncidentRecord.Step(s.function(), s.outcome(), s.duration())).toList();
        return new IncidentRecord(incident.component(), incident.trigger(), steps,
                incident.mttr().orElse(Duration.ZERO));
    }
}
