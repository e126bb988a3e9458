package io.hms.benchmarks;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.guard.CallTrace;
import io.hms.core.guard.CircuitBreaker;
import io.hms.core.guard.ConcurrencyLimiter;
import io.hms.core.guard.Guard;
import io.hms.core.guard.Guards;
import io.hms.core.time.SystemScheduler;
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

/**
 * What each part of HMS's guard pipeline costs per call, to explain {@link GuardOverheadBenchmark}'s
 * figures; run it with {@code -t 1} and {@code -t 2} to see what threads sharing one guard add. Every part
 * is shared by the benchmark's threads, as in a guard:
 *
 * <ul>
 *   <li>{@code clockReads}: the two {@code System.nanoTime()} reads a guarded attempt makes;
 *   <li>{@code limiter}: {@link ConcurrencyLimiter#tryAcquire()} and {@link ConcurrencyLimiter#release} with
 *       the default AIMD policy;
 *   <li>{@code breaker}: {@link CircuitBreaker#tryAcquirePermission()} and {@link CircuitBreaker#onSuccess}
 *       with the default policy (a count window of 50);
 *   <li>{@code trace}: one {@link CallTrace#record} of a success;
 *   <li>{@code pipelineWithoutTimeout}, {@code pipeline}: {@link Guard#call} as in
 *       {@code GuardOverheadBenchmark.hmsFullPipeline}, without and with its 1 s timeout (the deadline
 *       armed and disarmed on the caller's own slot).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GuardPartsBenchmark {

    private final String result = "value";
    private Supplier<String> payload;
    private SystemScheduler scheduler;
    private Guards guards;
    private Guard pipeline;
    private Guard pipelineWithoutTimeout;
    private CircuitBreaker breaker;
    private ConcurrencyLimiter limiter;
    private CallTrace trace;

    @Setup
    public void setUp() {
        payload = () -> result;
        scheduler = new SystemScheduler();
        guards = new Guards(scheduler, event -> { });
        pipeline = guards.register("timed", HmsRuntimeStack.policy(), e -> true);
        guards.control().fallback("timed", cause -> "fallback");
        pipelineWithoutTimeout = guards.register("untimed", new GuardPolicy(TimeoutPolicy.none(),
                ConcurrencyLimitPolicy.defaults(), BreakerPolicy.defaults(), RetryPolicy.defaults()), e -> true);
        guards.control().fallback("untimed", cause -> "fallback");
        breaker = CircuitBreaker.of("parts", BreakerPolicy.defaults(), scheduler, event -> { });
        limiter = ConcurrencyLimiter.of(ConcurrencyLimitPolicy.defaults());
        trace = new CallTrace();
        trace.start();
        pipeline.trace().start();
        pipelineWithoutTimeout.trace().start();
    }

    @TearDown
    public void tearDown() {
        breaker.close();
        guards.close();
        scheduler.close();
    }

    @Benchmark
    public long clockReads() {
        long start = System.nanoTime();
        return System.nanoTime() - start;
    }

    @Benchmark
    public boolean limiter() {
        if (!limiter.tryAcquire()) {
            return false;
        }
        limiter.release(1_000, false);
        return true;
    }

    @Benchmark
    public boolean breaker() {
        if (!breaker.tryAcquirePermission()) {
            return false;
        }
        breaker.onSuccess(1_000);
        return true;
    }

    @Benchmark
    public void trace() {
        trace.record(1_000, 1_000, CallRecords.Outcome.SUCCESS, 1);
    }

    @Benchmark
    public String pipelineWithoutTimeout() {
        return pipelineWithoutTimeout.call(payload);
    }

    @Benchmark
    public String pipeline() {
        return pipeline.call(payload);
    }
}
