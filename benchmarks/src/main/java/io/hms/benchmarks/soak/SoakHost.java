package io.hms.benchmarks.soak;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.guard.Guard;
import io.hms.core.time.SystemScheduler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

/**
 * The host a soak runs against: a started {@link Hms} runtime with chaos enabled and {@code n} components
 * {@code component-00}, {@code component-01}, …, each with a health check, two repairs (level 1 and 2,
 * both succeeding at once) and a fallback, and meters on a {@link SimpleMeterRegistry}.
 *
 * <p>Every other component checks its health through the host's own executor (two platform threads),
 * so that an {@code ExecutorExhaustionFault} on that executor makes those checks time out. The guard
 * policy is short-fused so that faults show within seconds: a 100 ms timeout, an AIMD limit, a breaker
 * over 50 calls that stays open 2 s, and 3 attempts with backoff from 10 ms. Checks run every 200 ms with
 * a 100 ms timeout, two failures to DOWN and one success to UP.
 *
 * <p>The event bus keeps {@value #EVENT_HISTORY} events of history instead of the default 2048: the
 * faults publish about 20 events a second, so the default history would still be filling (a bounded
 * growth of the heap, not a leak) at a baseline taken 20 s in. The optimizer is not started, and the
 * coordinator is a {@link LocalCoordinator} given explicitly.
 */
public final class SoakHost implements AutoCloseable {

    /** Threads of the host's executor. */
    public static final int EXECUTOR_THREADS = 2;

    /** Events the bus keeps in its history. */
    public static final int EVENT_HISTORY = 256;

    private static final Duration CHECK_TIMEOUT = Duration.ofMillis(100);

    private final List<String> components;
    private final ThreadPoolExecutor executor;
    private final SystemScheduler scheduler;
    private final LocalCoordinator coordinator;
    private final Hms hms;
    private final Guard[] guards;

    /** Builds and starts the runtime with {@code count} components. */
    public SoakHost(int count) {
        this.components = IntStream.range(0, count).mapToObj(i -> String.format("component-%02d", i)).toList();
        this.executor = new ThreadPoolExecutor(EXECUTOR_THREADS, EXECUTOR_THREADS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), Thread.ofPlatform().name("soak-host-executor-", 0).daemon(true).factory());
        executor.prestartAllCoreThreads();
        this.scheduler = new SystemScheduler();
        this.coordinator = new LocalCoordinator("soak", scheduler);
        HmsBuilder builder = Hms.builder()
                .scheduler(scheduler)
                .coordinator(coordinator)
                .discoverOptimizer(false)
                .discoverPlugins(false)
                .meterRegistry(new SimpleMeterRegistry())
                .eventHistory(EVENT_HISTORY)
                .chaos(ChaosOptions.enabled());
        for (int i = 0; i < count; i++) {
            register(builder, components.get(i), i % 2 == 1);
        }
        this.hms = builder.build().start();
        this.guards = components.stream().map(hms::guard).toArray(Guard[]::new);
    }

    private void register(HmsBuilder builder, String name, boolean checksThroughExecutor) {
        builder.component(ComponentSpec.of(name).withPolicy(policy()))
                .healthCheck(name, "ping", checksThroughExecutor ? this::pingThroughExecutor : Health::up)
                .repair(name, "reconnect", 1, Duration.ofSeconds(1), context -> true)
                .repair(name, "restart", 2, Duration.ofSeconds(1), context -> true)
                .fallback(name, cause -> "fallback");
    }

    private Health pingThroughExecutor() throws InterruptedException, ExecutionException {
        try {
            return executor.submit(Health::up).get(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down("the host executor did not answer within " + CHECK_TIMEOUT.toMillis() + " ms");
        }
    }

    /** The policy of every soak component. */
    static ComponentPolicy policy() {
        GuardPolicy guard = new GuardPolicy(TimeoutPolicy.of(Duration.ofMillis(100)), ConcurrencyLimitPolicy.defaults(),
                BreakerPolicy.defaults().withOpenDuration(Duration.ofSeconds(2)),
                RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), 2.0, Duration.ofMillis(100)));
        HealthPolicy health = new HealthPolicy(Duration.ofMillis(200), CHECK_TIMEOUT, 2, 1);
        return ComponentPolicy.defaults().withGuard(guard).withHealth(health);
    }

    /** The runtime. */
    public Hms hms() {
        return hms;
    }

    /** The components' names, in order. */
    public List<String> components() {
        return components;
    }

    /** The guard of the {@code index}-th component. */
    public Guard guard(int index) {
        return guards[index];
    }

    /** The host's executor, which the odd-numbered components' health checks go through. */
    public ExecutorService executor() {
        return executor;
    }

    /** Whether the {@code index}-th component checks its health through {@link #executor()}. */
    public boolean checksThroughExecutor(int index) {
        return index % 2 == 1;
    }

    /** Closes the runtime, its coordinator, its scheduler and the host's executor. */
    @Override
    public void close() {
        hms.close();
        coordinator.close();
        scheduler.close();
        executor.shutdownNow();
    }
}
