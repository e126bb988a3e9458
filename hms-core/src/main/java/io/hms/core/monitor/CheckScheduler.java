package io.hms.core.monitor;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.event.HealthChanged;
import io.hms.api.policy.VersionedPolicy;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.RegisteredFunction;
import io.hms.core.registry.RegistryListener;
import io.hms.core.supervisor.AgentCrash;
import io.hms.core.supervisor.Lifeline;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor's machinery: one {@link ComponentWatch} per component, a timer per check, each run handed to
 * the {@link HealthProbe}, each result judged. Follows the registry as a {@link RegistryListener} (called
 * on the thread that changed it, under the registry's lock). Thread-safe.
 */
final class CheckScheduler implements RegistryListener {

    private static final Logger LOG = LoggerFactory.getLogger(CheckScheduler.class);

    private final FunctionRegistry registry;
    private final Scheduler scheduler;
    private final HealthProbe probe;
    private final Consumer<HealthChanged> publish;
    private final BooleanSupplier closed;
    private final Map<String, ComponentWatch> watches = new ConcurrentHashMap<>();

    CheckScheduler(FunctionRegistry registry, Scheduler scheduler, HealthProbe probe, Consumer<HealthChanged> publish,
                   BooleanSupplier closed) {
        this.registry = registry;
        this.scheduler = scheduler;
        this.probe = probe;
        this.publish = publish;
        this.closed = closed;
    }

    /** The watch of {@code component}, or null before it is declared. */
    ComponentWatch find(String component) {
        return watches.get(component);
    }

    /** Cancels every check's timer and the runs still in flight. */
    void cancelAll() {
        for (ComponentWatch watch : watches.values()) {
            synchronized (watch) {
                watch.runners().forEach(CheckRunner::cancel);
            }
        }
    }

    ComponentWatch watch(String component) {
        ComponentWatch watch = watches.get(component);
        if (watch == null) {
            VersionedPolicy policy = registry.policy(component);
            watch = watches.computeIfAbsent(component, c -> new ComponentWatch(c, policy, scheduler.now()));
        }
        return watch;
    }

    /** Adopts a check found in the registry at start, then drops it again if it was removed meanwhile. */
    void adoptIfCurrent(RegisteredFunction check) {
        adopt(check);
        boolean current = registry.find(check.component(), FunctionKind.HEALTH_CHECK, check.name())
                .filter(f -> f.descriptor().version() == check.descriptor().version())
                .isPresent();
        if (!current) {
            drop(check);
        }
    }

    private void adopt(RegisteredFunction check) {
        ComponentWatch watch = watch(check.component());
        synchronized (watch) {
            if (closed.getAsBoolean()) {
                return;
            }
            CheckRunner existing = watch.runner(check.descriptor().key());
            if (existing != null && existing.function().descriptor().version() >= check.descriptor().version()) {
                return;
            }
            CheckRunner runner = existing == null ? CheckRunner.of(check, scheduler.now())
                    : new CheckRunner(check, existing.judge());
            if (existing != null) {
                existing.cancel();
            }
            watch.put(runner);
            runner.schedule(scheduler, watch.policy(), () -> tick(watch, runner));
            watch.recompute(scheduler.now()).ifPresent(publish); // its reason, if no check has run yet
        }
    }

    private void drop(RegisteredFunction check) {
        ComponentWatch watch = watches.get(check.component());
        if (watch == null) {
            return;
        }
        synchronized (watch) {
            CheckRunner runner = watch.runner(check.descriptor().key());
            if (runner == null || runner.function().descriptor().version() != check.descriptor().version()) {
                return;
            }
            runner.cancel();
            watch.remove(runner);
            watch.recompute(scheduler.now()).ifPresent(publish);
        }
    }

    private void applyPolicy(VersionedPolicy current) {
        ComponentWatch watch = watch(current.component());
        synchronized (watch) {
            if (closed.getAsBoolean() || !watch.updatePolicy(current)) {
                return;
            }
            for (CheckRunner runner : watch.runners()) {
                if (runner.needsReschedule(watch.policy())) {
                    runner.schedule(scheduler, watch.policy(), () -> tick(watch, runner));
                }
            }
        }
    }

    /**
     * On the scheduler thread: hands one run to a host thread, unless the previous is still in flight. A run
     * that cannot be started (the probe or its interceptor threw) is given up, and the next tick tries again:
     * a run claimed and never started would stop the check for good.
     */
    private void tick(ComponentWatch watch, CheckRunner runner) {
        long now = scheduler.nanoTime();
        runner.ticked(now);
        if (closed.getAsBoolean() || !runner.tryBeginRun(now)) {
            return;
        }
        CompletableFuture<Health> result;
        try {
            Duration timeout;
            synchronized (watch) {
                if (!watch.holds(runner)) {
                    runner.endRun();
                    return;
                }
                timeout = HealthProbe.timeout(runner.function(), watch.policy());
            }
            result = probe.check(runner.function(), timeout);
        } catch (RejectedExecutionException e) {
            runner.endRun(); // closing
            return;
        } catch (Throwable e) {
            runner.endRun();
            LOG.warn("health check {}/{} could not be started; its next tick tries again", watch.component(),
                    runner.function().name(), e);
            return;
        }
        result.thenAccept(health -> onResult(watch, runner, health));
    }

    /** The checks' lifelines, for the supervisor: one per scheduled check. */
    List<Lifeline> lifelines() {
        List<Lifeline> lifelines = new ArrayList<>();
        for (ComponentWatch watch : watches.values()) {
            for (CheckRunner runner : watch.runners()) {
                lifelines.add(new CheckLifeline(watch, runner));
            }
        }
        return lifelines;
    }

    /** A check as the supervisor sees it; every method locks the watch, as scheduling does. */
    private final class CheckLifeline implements Lifeline {
        private final ComponentWatch watch;
        private final CheckRunner runner;

        CheckLifeline(ComponentWatch watch, CheckRunner runner) {
            this.watch = watch;
            this.runner = runner;
        }

        @Override
        public String name() {
            return "check " + watch.component() + "/" + runner.function().name();
        }

        @Override
        public Optional<String> death(Duration slack) {
            synchronized (watch) {
                if (closed.getAsBoolean() || !watch.holds(runner)) {
                    return Optional.empty();
                }
                return runner.death(scheduler.nanoTime(), HealthProbe.timeout(runner.function(), watch.policy()),
                        slack);
            }
        }

        @Override
        public void restart() {
            synchronized (watch) {
                if (closed.getAsBoolean() || !watch.holds(runner)) {
                    return;
                }
                runner.restart(scheduler, watch.policy(), HealthProbe.timeout(runner.function(), watch.policy()),
                        () -> tick(watch, runner));
            }
        }

        @Override
        public void crash(AgentCrash cause) {
            synchronized (watch) {
                runner.cancel();
            }
        }
    }

    /**
     * Records a run's result, then lets the next run begin: the other way round, a loaded machine could let
     * the next run start, finish and be recorded first, and results would count out of order.
     */
    private void onResult(ComponentWatch watch, CheckRunner runner, Health result) {
        runner.answered(scheduler.nanoTime());
        try {
            if (!closed.getAsBoolean()) {
                synchronized (watch) {
                    watch.record(runner, result, scheduler.now()).ifPresent(publish);
                }
            }
        } finally {
            runner.endRun();
        }
    }

    @Override
    public void componentDeclared(ComponentSpec spec, VersionedPolicy initial) {
        watches.computeIfAbsent(spec.name(), c -> new ComponentWatch(c, initial, scheduler.now()));
    }

    @Override
    public void functionRegistered(RegisteredFunction function) {
        if (function.kind() == FunctionKind.HEALTH_CHECK) {
            adopt(function);
        }
    }

    @Override
    public void functionUnregistered(RegisteredFunction function) {
        if (function.kind() == FunctionKind.HEALTH_CHECK) {
            drop(function);
        }
    }

    @Override
    public void policyChanged(VersionedPolicy previous, VersionedPolicy current) {
        applyPolicy(current);
    }
}
