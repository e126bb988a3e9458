package io.hms.ga;

import io.hms.api.Subscription;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.HmsEventListener;
import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.IncidentRecord;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorView;
import io.hms.api.spi.OptimizerContext;
import io.hms.core.time.Cancellable;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;

/**
 * An {@link OptimizerContext} over one component, on a {@link ManualScheduler}: events are delivered
 * synchronously to subscribers and recorded, proposals are recorded and promoted at once; whether a canary
 * runs is whatever {@link #canaryRunning} answers.
 */
final class FakeOptimizerContext implements OptimizerContext {

    final ManualScheduler time = new ManualScheduler();
    final List<HmsEvent> published = new CopyOnWriteArrayList<>();
    final List<PolicyPatch> proposed = new CopyOnWriteArrayList<>();
    /** The components whose trace was asked for, once per ask. */
    final List<String> traceAsks = new CopyOnWriteArrayList<>();
    private final List<Map.Entry<Class<?>, HmsEventListener<?>>> listeners = new CopyOnWriteArrayList<>();
    private final String component;
    private final PolicySpace space;
    private final Coordinator coordinator;
    private volatile CallRecords trace;
    private volatile Error traceFailure;
    private volatile List<IncidentRecord> incidents = List.of();
    private volatile List<PlaybookStep> repairs = List.of();
    volatile BooleanSupplier canaryRunning = () -> false;

    FakeOptimizerContext(String component, PolicySpace space, CallRecords trace, Coordinator coordinator) {
        this.component = component;
        this.space = space;
        this.trace = trace;
        this.coordinator = coordinator;
    }

    void trace(CallRecords newTrace) {
        this.trace = newTrace;
    }

    void history(List<IncidentRecord> closed, List<PlaybookStep> registered) {
        this.incidents = List.copyOf(closed);
        this.repairs = List.copyOf(registered);
    }

    @SuppressWarnings("unchecked")
    void deliver(HmsEvent event) {
        for (Map.Entry<Class<?>, HmsEventListener<?>> l : listeners) {
            if (l.getKey().isInstance(event)) {
                ((HmsEventListener<HmsEvent>) l.getValue()).onEvent(event);
            }
        }
    }

    <E extends HmsEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public Set<String> components() {
        return Set.of(component);
    }

    @Override
    public VersionedPolicy policy(String name) {
        return new VersionedPolicy(name, 1, ComponentPolicy.defaults(), Instant.EPOCH, "initial");
    }

    @Override
    public PolicySpace policySpace(String name) {
        return space;
    }

    @Override
    public List<PlaybookStep> repairs(String name) {
        return repairs;
    }

    /** The next read of the trace throws {@code failure}, as a search that dies of an error would. */
    void failNextTrace(Error failure) {
        traceFailure = failure;
    }

    @Override
    public CallRecords trace(String name) {
        Error failure = traceFailure;
        if (failure != null) {
            traceFailure = null;
            throw failure;
        }
        traceAsks.add(name);
        return trace;
    }

    @Override
    public List<IncidentRecord> incidents(String name) {
        return incidents;
    }

    @Override
    public CompletionStage<Boolean> propose(PolicyPatch patch) {
        proposed.add(patch);
        return CompletableFuture.completedFuture(true);
    }

    @Override
    public boolean canaryRunning(String name) {
        return canaryRunning.getAsBoolean();
    }

    @Override
    public void publish(HmsEvent event) {
        published.add(event);
        deliver(event);
    }

    @Override
    public <E extends HmsEvent> Subscription subscribe(Class<E> type, HmsEventListener<? super E> listener) {
        Map.Entry<Class<?>, HmsEventListener<?>> entry = Map.entry(type, listener);
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    @Override
    public CoordinatorView coordinator() {
        return coordinator;
    }

    @Override
    public Instant now() {
        return time.now();
    }

    @Override
    public long nanoTime() {
        return time.nanoTime();
    }

    @Override
    public Subscription every(Duration period, Runnable task) {
        Cancellable timer = time.scheduleAtFixedRate(period, task);
        return timer::cancel;
    }

    @Override
    public ThreadFactory threadFactory(String name) {
        return Thread.ofPlatform().name("hms-" + name + "-", 0).daemon(true).factory();
    }
}
