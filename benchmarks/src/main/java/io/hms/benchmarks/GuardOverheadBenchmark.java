package io.hms.benchmarks;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.guard.CircuitBreaker;
import io.hms.core.guard.Guard;
import io.hms.core.guard.Guards;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * What a guarded call costs over a plain one, for HMS and for Resilience4j, in one run.
 *
 * <ul>
 *   <li>{@code unguarded}: the payload supplier called directly, the baseline;
 *   <li>{@code hmsBreakerOnly}: {@link CircuitBreaker#call} with the default breaker policy;
 *   <li>{@code hmsFullPipeline}: {@link Guard#call} with a 1 s timeout (watchdog armed per call), an AIMD
 *       concurrency limit, the default breaker, a retry policy of 3 attempts (the call succeeds on the
 *       first) and a fallback set;
 *   <li>{@code resilience4jBreaker}: a Resilience4j {@code CircuitBreaker.decorateSupplier} with its
 *       defaults, decorated once in setup.
 * </ul>
 *
 * Two references explain the numbers: {@code hmsBreakerPreciseClock} drives the same HMS breaker by
 * hand with two {@code System.nanoTime()} reads per call, as Resilience4j times its calls (HMS's
 * {@code call} reads a coarse clock instead), and {@code systemNanoTime} is one such read.
 *
 * <p>Like for like, with meters on, at one and two threads sharing one guard:
 *
 * <ul>
 *   <li>{@code hmsRuntime}, {@code hmsRuntimeTwoThreads}: the full pipeline as a started {@code Hms} runtime
 *       builds it, meters bound to a {@code SimpleMeterRegistry} ({@link HmsRuntimeStack});
 *   <li>{@code hmsRuntimeAdminOn}: that runtime with the admin API on and one client following its event
 *       stream ({@link HmsRuntimeStack.WithAdmin}), to compare with {@code hmsRuntime} in the same run;
 *   <li>{@code resilience4jStack}, {@code resilience4jStackTwoThreads}: bulkhead, circuit breaker, retry and
 *       fallback composed with Resilience4j's {@code Decorators}, configured like HMS's, with the
 *       registries' {@code Tagged*Metrics} bound ({@link Resilience4jStack}); no time limit, which
 *       Resilience4j only offers off the caller's thread;
 *   <li>{@code resilience4jStackWithoutMeters}: that stack with no meter binder bound;
 *   <li>{@code resilience4jStackTimeLimited}: the same with Resilience4j's time limit, the call run on its
 *       thread-pool bulkhead and joined ({@link Resilience4jTimeLimitedStack});
 *   <li>{@code unguardedTwoThreads}: the baseline at two threads.
 * </ul>
 *
 * Every benchmark returns the payload's result (a field) so JMH consumes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GuardOverheadBenchmark {

    private String result = "value";
    private Supplier<String> payload;
    private SystemScheduler scheduler;
    private Guards guards;
    private Guard guard;
    private CircuitBreaker hmsBreaker;
    private Supplier<String> resilience4jDecorated;

    @Setup
    public void setUp() {
        payload = () -> result;
        scheduler = new SystemScheduler();
        hmsBreaker = CircuitBreaker.of("bench", BreakerPolicy.defaults(), scheduler, event -> { });
        guards = new Guards(scheduler, event -> { });
        GuardPolicy policy = new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)),
                ConcurrencyLimitPolicy.defaults(), BreakerPolicy.defaults(), RetryPolicy.defaults());
        guard = guards.register("bench", policy, e -> true);
        guard.trace().start(); // the pipeline as an optimizer's leader runs it: recording its trace
        guards.control().fallback("bench", cause -> "fallback");
        io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j =
                io.github.resilience4j.circuitbreaker.CircuitBreaker.ofDefaults("bench");
        resilience4jDecorated = io.github.resilience4j.circuitbreaker.CircuitBreaker
                .decorateSupplier(resilience4j, payload);
    }

    @TearDown
    public void tearDown() {
        hmsBreaker.close();
        guards.close();
        scheduler.close();
    }

    @Benchmark
    public String unguarded() {
        return payload.get();
    }

    @Benchmark
    public String hmsBreakerOnly() {
        return hmsBreaker.call(payload);
    }

    @Benchmark
    public String hmsFullPipeline() {
        return guard.call(payload);
    }

    @Benchmark
    public String resilience4jBreaker() {
        return resilience4jDecorated.get();
    }

    @Benchmark
    public String hmsBreakerPreciseClock() {
        if (!hmsBreaker.tryAcquirePermission()) {
            throw new IllegalStateException("the breaker opened");
        }
        long start = System.nanoTime();
        String value = payload.get();
        hmsBreaker.onSuccess(System.nanoTime() - start);
        return value;
    }

    @Benchmark
    public long systemNanoTime() {
        return System.nanoTime();
    }

    @Benchmark
    @Threads(2)
    public String unguardedTwoThreads() {
        return payload.get();
    }

    @Benchmark
    public String hmsRuntime(HmsRuntimeStack stack) {
        return stack.call();
    }

    @Benchmark
    @Threads(2)
    public String hmsRuntimeTwoThreads(HmsRuntimeStack stack) {
        return stack.call();
    }

    @Benchmark
    public String hmsRuntimeAdminOn(HmsRuntimeStack.WithAdmin stack) {
        return stack.call();
    }

    @Benchmark
    public String resilience4jStack(Resilience4jStack stack) {
        return stack.call();
    }

    @Benchmark
    @Threads(2)
    public String resilience4jStackTwoThreads(Resilience4jStack stack) {
        return stack.call();
    }

    @Benchmark
    public String resilience4jStackWithoutMeters(Resilience4jStack.WithoutMeters stack) {
        return stack.call();
    }

    @Benchmark
    public String resilience4jStackTimeLimited(Resilience4jTimeLimitedStack stack) {
        return stack.call();
    }
}
