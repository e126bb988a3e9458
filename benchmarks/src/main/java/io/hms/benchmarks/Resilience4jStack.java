package io.hms.benchmarks;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.decorators.Decorators;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Resilience4j stack a host would build for the protection of {@link HmsRuntimeStack} on a
 * synchronous call, composed with {@link Decorators}: {@code fallback{ retry{ circuitBreaker{ bulkhead{
 * code }}}}}, HMS's order. Each part is configured like its HMS counterpart:
 *
 * <ul>
 *   <li>a semaphore {@link Bulkhead} of 20 calls that refuses at once (HMS: an AIMD limit starting at 20;
 *       Resilience4j has no adaptive limit);
 *   <li>a count-based circuit breaker over 50 calls, 50 % failures or 100 % calls over 2 s, 20 calls
 *       minimum, 10 s open, 5 probes (HMS's {@code BreakerPolicy.defaults()});
 *   <li>a retry of 3 attempts, exponential backoff from 50 ms by 2 up to 1 s with 50 % jitter (HMS's
 *       {@code RetryPolicy.defaults()});
 *   <li>a fallback for any failure or refusal.
 * </ul>
 *
 * There is no time limit: Resilience4j's {@code TimeLimiter} bounds a {@code Future} or
 * {@code CompletionStage}, not code running on the caller's thread, so a timeout means moving the call to
 * another thread ({@link Resilience4jTimeLimitedStack}). Every instance comes from its registry and the
 * registries' Micrometer binders ({@code Tagged*Metrics}) are bound to a {@link SimpleMeterRegistry}, as a
 * host that publishes meters does; {@link WithoutMeters} leaves them unbound, to show what they cost.
 * Shared by every thread of a benchmark.
 */
@State(Scope.Benchmark)
public class Resilience4jStack {

    private final String result = "value";
    private Supplier<String> decorated;

    /** The same stack with no meter binder bound. */
    @State(Scope.Benchmark)
    public static class WithoutMeters extends Resilience4jStack {
        @Override
        protected boolean bindMeters() {
            return false;
        }
    }

    /** Whether the registries' Micrometer binders are bound. */
    protected boolean bindMeters() {
        return true;
    }

    /** Builds the registries, binds their meters and decorates the payload once. */
    @Setup
    public void setUp() {
        MeterRegistry meters = new SimpleMeterRegistry();
        BulkheadRegistry bulkheads = BulkheadRegistry.of(bulkheadConfig());
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(breakerConfig());
        RetryRegistry retries = RetryRegistry.of(retryConfig());
        if (bindMeters()) {
            TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
            TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        }
        Supplier<String> payload = () -> result;
        decorated = Decorators.ofSupplier(payload)
                .withBulkhead(bulkheads.bulkhead(HmsRuntimeStack.COMPONENT))
                .withCircuitBreaker(breakers.circuitBreaker(HmsRuntimeStack.COMPONENT))
                .withRetry(retries.retry(HmsRuntimeStack.COMPONENT))
                .withFallback(cause -> "fallback")
                .decorate();
        if (bindMeters() && meters.find("resilience4j.circuitbreaker.calls").meters().isEmpty()) {
            throw new IllegalStateException("no resilience4j.circuitbreaker.calls meter was bound; "
                    + "the benchmark would not measure a stack with meters on");
        }
    }

    /** One decorated call of the payload. */
    public String call() {
        return decorated.get();
    }

    /** A semaphore bulkhead of 20 calls that never waits. */
    static BulkheadConfig bulkheadConfig() {
        return BulkheadConfig.custom().maxConcurrentCalls(20).maxWaitDuration(Duration.ZERO).build();
    }

    /** HMS's default breaker in Resilience4j's terms. */
    static CircuitBreakerConfig breakerConfig() {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(50)
                .failureRateThreshold(50f)
                .slowCallRateThreshold(100f)
                .slowCallDurationThreshold(Duration.ofSeconds(2))
                .minimumNumberOfCalls(20)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .permittedNumberOfCallsInHalfOpenState(5)
                .build();
    }

    /** HMS's default retry in Resilience4j's terms. */
    static RetryConfig retryConfig() {
        return RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(50), 2.0, 0.5,
                        Duration.ofSeconds(1)))
                .build();
    }
}
