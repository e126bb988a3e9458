package io.hms.core.monitor;

import io.hms.api.ComponentSpec;
import io.hms.api.HealthCheckFunction;
import io.hms.api.HealthStatus;
import io.hms.api.event.HealthChanged;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.core.event.EventBus;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.time.Scheduler;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A registry, an event bus and a monitor on a given clock, with helpers to declare and wait. */
final class MonitorFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    final Scheduler time;
    final EventBus events = new EventBus();
    final FunctionRegistry registry;
    final Monitor monitor;

    MonitorFixture(Scheduler time) {
        this.time = time;
        this.registry = new FunctionRegistry(time::now);
        this.monitor = new Monitor(registry, events, time);
    }

    static HealthPolicy policy(Duration interval, Duration timeout, int failuresToDown, int successesToUp) {
        return new HealthPolicy(interval, timeout, failuresToDown, successesToUp);
    }

    /** Declares {@code component} with {@code policy} and one check named {@code check}. */
    void declare(String component, HealthPolicy policy, String check, HealthCheckFunction function) {
        new StagedRegistrar("test")
                .component(ComponentSpec.of(component).withPolicy(ComponentPolicy.defaults().withHealth(policy)))
                .healthCheck(component, check, function)
                .applyTo(registry);
    }

    /** The next change of {@code component} to {@code status}; ask before causing it. */
    CompletableFuture<HealthChanged> next(String component, HealthStatus status) {
        return events.next(HealthChanged.class, e -> e.component().equals(component) && e.current().status() == status);
    }

    /** The next change of {@code component} from {@code from} to {@code to}; ask before causing it. */
    CompletableFuture<HealthChanged> next(String component, HealthStatus from, HealthStatus to) {
        return events.next(HealthChanged.class, e -> e.component().equals(component)
                && e.previous().status() == from && e.current().status() == to);
    }

    /** The component's status changes so far, oldest first. */
    List<HealthChanged> changes(String component) {
        return events.history(HealthChanged.class).stream().filter(e -> e.component().equals(component)).toList();
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        monitor.close();
        events.close();
        if (time instanceof SystemScheduler system) {
            system.close();
        }
    }
}
