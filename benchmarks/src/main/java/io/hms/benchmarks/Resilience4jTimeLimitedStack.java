package io.hms.benchmarks;

import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.decorators.Decorators;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedThreadPoolBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link Resilience4jStack} with a 1 s time limit, as Resilience4j offers one: the call moves to a
 * {@link ThreadPoolBulkhead} (Resilience4j's defaults: as many threads as cores, a queue of 100), the
 * {@code TimeLimiter} bounds the resulting {@link CompletionStage} with a timer on a scheduled executor,
 * and the caller waits for it with {@code join()}. Composed with {@link Decorators}:
 * {@code fallback{ retry{ circuitBreaker{ timeLimiter{ threadPoolBulkhead{ code }}}}}}, with every
 * registry's Micrometer binder bound. Breaker and retry are configured as in {@link Resilience4jStack}.
 */
@State(Scope.Benchmark)
public class Resilience4jTimeLimitedStack {

    private final String result = "value";
    private ThreadPoolBulkhead pool;
    private ScheduledExecutorService timers;
    private Supplier<CompletionStage<String>> decorated;

    /** Builds the registries, binds their meters and decorates the payload once. */
    @Setup
    public void setUp() {
        MeterRegistry meters = new SimpleMeterRegistry();
        ThreadPoolBulkheadRegistry pools = ThreadPoolBulkheadRegistry.ofDefaults();
        TimeLimiterRegistry limiters = TimeLimiterRegistry.of(TimeLimiterConfig.custom()
                .timeoutDuration(Duration.ofSeconds(1)).cancelRunningFuture(true).build());
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(Resilience4jStack.breakerConfig());
        RetryRegistry retries = RetryRegistry.of(Resilience4jStack.retryConfig());
        TaggedThreadPoolBulkheadMetrics.ofThreadPoolBulkheadRegistry(pools).bindTo(meters);
        TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(limiters).bindTo(meters);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        pool = pools.bulkhead(HmsRuntimeStack.COMPONENT);
        timers = Executors.newSingleThreadScheduledExecutor();
        Supplier<String> payload = () -> result;
        decorated = Decorators.ofSupplier(payload)
                .withThreadPoolBulkhead(pool)
                .withTimeLimiter(limiters.timeLimiter(HmsRuntimeStack.COMPONENT), timers)
                .withCircuitBreaker(breakers.circuitBreaker(HmsRuntimeStack.COMPONENT))
                .withRetry(retries.retry(HmsRuntimeStack.COMPONENT), timers)
                .withFallback(cause -> "fallback")
                .decorate();
    }

    /** Stops the bulkhead's threads and the timer thread. */
    @TearDown
    public void tearDown() throws Exception {
        pool.close();
        timers.shutdownNow();
        if (!timers.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the time limiter's timer thread did not stop within 10 s");
        }
    }

    /** One decorated call of the payload, waited for on the caller's thread. */
    public String call() {
        return decorated.get().toCompletableFuture().join();
    }
}
