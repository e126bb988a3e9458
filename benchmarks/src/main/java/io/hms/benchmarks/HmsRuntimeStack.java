package io.hms.benchmarks;

import io.hms.api.ComponentSpec;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.benchmarks.admin.SseClient;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.admin.AdminOptions;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.guard.Guard;
import io.hms.core.time.SystemScheduler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * HMS's full guard pipeline as a host gets it: a started {@link Hms} runtime with its meters bound to a
 * {@link SimpleMeterRegistry}, one component whose guard has a 1 s timeout, an AIMD concurrency limit, the
 * default breaker, 3 attempts with exponential backoff and jitter, and a fallback.
 *
 * <p>The optimizer is not started (it works off the call path), but the guard's trace is, as an optimizer
 * would start it, so the pipeline measured records every attempt as a tuned host's does; the coordinator is a {@link LocalCoordinator} given explicitly, so that {@code hms-consensus} on the
 * class path is not asked for a Raft node. Shared by every thread of a benchmark, like a host's guard.
 */
@State(Scope.Benchmark)
public class HmsRuntimeStack {

    /**
     * The same runtime with the admin API on a loopback port and one client following its event stream, as
     * when a person has the organism page open: what the admin API costs a guarded call.
     */
    @State(Scope.Benchmark)
    public static class WithAdmin extends HmsRuntimeStack {
        private static final String TOKEN = "bench-token-0123456789abcdef";
        private SseClient follower;

        @Override
        protected HmsBuilder configure(HmsBuilder builder) {
            return builder.admin(AdminOptions.builder().token(TOKEN).build());
        }

        @Override
        protected void started(Hms runtime) {
            follower = SseClient.follow(runtime.admin().orElseThrow().uri().resolve("api/events"), TOKEN,
                    "sse-client", line -> { });
        }

        @Override
        protected void closing() {
            try {
                follower.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The guarded component's name, also its meters' {@code component} tag. */
    public static final String COMPONENT = "bench";

    private final String result = "value";
    private SystemScheduler scheduler;
    private LocalCoordinator coordinator;
    private Hms hms;
    private Guard guard;
    private Supplier<String> payload;

    /** The guard policy of the benchmark's component. */
    public static GuardPolicy policy() {
        return new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)), ConcurrencyLimitPolicy.defaults(),
                BreakerPolicy.defaults(), RetryPolicy.defaults());
    }

    /** Builds and starts the runtime. */
    @Setup
    public void setUp() {
        scheduler = new SystemScheduler();
        coordinator = new LocalCoordinator("bench", scheduler);
        hms = configure(Hms.builder()
                .scheduler(scheduler)
                .coordinator(coordinator)
                .discoverOptimizer(false)
                .discoverPlugins(false)
                .meterRegistry(new SimpleMeterRegistry())
                .component(ComponentSpec.of(COMPONENT).withPolicy(ComponentPolicy.defaults().withGuard(policy())))
                .fallback(COMPONENT, cause -> "fallback"))
                .build()
                .start();
        guard = hms.guard(COMPONENT);
        guard.trace().start(); // as an optimizer's first look would: the pipeline records its trace
        payload = () -> result;
        started(hms);
        if (hms.meterRegistry().find("hms.guard.calls").tag("component", COMPONENT).meters().isEmpty()) {
            throw new IllegalStateException("the runtime bound no hms.guard.calls meter for '" + COMPONENT
                    + "'; the benchmark would not measure a pipeline with meters on");
        }
    }

    /** What a variant adds to the runtime before it is built. */
    protected HmsBuilder configure(HmsBuilder builder) {
        return builder;
    }

    /** What a variant does once the runtime has started. */
    protected void started(Hms runtime) {
    }

    /** What a variant undoes before the runtime closes. */
    protected void closing() {
    }

    /** Closes the runtime, its coordinator and its scheduler. */
    @TearDown
    public void tearDown() {
        closing();
        hms.close();
        coordinator.close();
        scheduler.close();
    }

    /** One guarded call of the payload. */
    public String call() {
        return guard.call(payload);
    }

    /** The runtime, for checks after a run. */
    public Hms hms() {
        return hms;
    }
}
