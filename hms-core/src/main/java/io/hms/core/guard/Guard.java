package io.hms.core.guard;

import io.hms.api.FallbackFunction;
import io.hms.api.event.BreakerState;
import io.hms.api.event.HmsEvent;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.guard.internal.DeadlineWatchdog;
import io.hms.core.time.Scheduler;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Guards every call to one component. From the callee outwards a call passes
 * <b>timeout ▸ concurrency limit ▸ circuit breaker ▸ retry ▸ fallback</b>, that is
 * {@code fallback{ retry{ breaker{ limit{ timeout{ code }}}}}}:
 *
 * <ul>
 *   <li><b>timeout</b>: the code runs on the caller's thread; if its deadline passes, the thread is
 *       interrupted (within the {@link Guards} watchdog's resolution) and the attempt fails with a
 *       {@link GuardTimeoutException}. Code that ignores interrupts is reported as timed out when it
 *       returns, its result discarded;
 *   <li><b>limit</b>: at most {@link ConcurrencyLimiter#limit()} attempts in flight; an attempt that
 *       finds them all taken waits up to the policy's
 *       {@link io.hms.api.policy.ConcurrencyLimitPolicy#maxWait() maxWait} for a place (zero by default,
 *       before the timeout starts and without the breaker's permission, which it asks again once placed; an
 *       interrupt ends the wait), else {@link LimitExceededException};
 *   <li><b>breaker</b>: every attempt asks the {@link CircuitBreaker}, so an opening breaker stops a
 *       retry storm; refused with {@link CallNotPermittedException};
 *   <li><b>retry</b>: a failed attempt is retried, up to the policy's attempts with exponential backoff
 *       and jitter, if the component's retry predicate accepts its exception. Refusals are never
 *       retried; a refused retry ends the call with the previous attempt's failure;
 *   <li><b>fallback</b>: if set, the final failure or refusal is answered by the fallback (its value
 *       returned as the call's); if the fallback throws, that exception is thrown with the original
 *       one suppressed. Without a fallback the original is thrown as is.
 * </ul>
 *
 * <pre>{@code
 * Guard inventory = hms.guard("inventory");
 * Stock stock = inventory.call(() -> client.stock(sku));
 * }</pre>
 *
 * <p>Checked exceptions: {@link #callChecked} declares them and lets them through as is. {@link #call}
 * and {@link #run} never throw one undeclared: a checked exception from the fallback (or thrown
 * sneakily by the code) reaches their caller wrapped in an {@link UndeclaredThrowableException}, the
 * original as its cause.
 *
 * <p>Lifecycle: a guard works from the moment it is registered (in a runtime: from {@code build()},
 * before {@code start()}, timeouts included). When its {@link Guards} close (in a runtime:
 * {@code Hms.close()}), a call in flight with a timeout is interrupted at once and every later attempt
 * is refused, both with a {@link GuardClosedException}; see {@link Guards#close()}.
 *
 * <p>Its public face is calls and reads. What changes a guard (its policy, fallback, canary, and the
 * chaos agent's injected fault) is reached only through the capabilities {@link Guards#control()} and
 * {@link Guards#faults()}, which the owner of the {@code Guards} hands to the agents allowed to use
 * them: in a runtime, the policy follows the registry, which only the configurator changes, and faults
 * exist only when chaos is enabled.
 *
 * <p>Thread-safety: all methods may be called from any thread. A call that succeeds with a closed
 * breaker takes no lock and allocates nothing. A policy swap keeps the breaker's state and window and
 * the limiter's current limit, except that a breaker held OPEN under another breaker policy probes at once
 * under the new one. A canary sends a fraction of calls through a second pipeline with its
 * own breaker, limiter, stats and trace; its breaker transitions are not published.
 */
public final class Guard {

    private static final Consumer<HmsEvent> NO_EVENTS = event -> { };

    private final String component;
    private final Predicate<? super Throwable> retryOn;
    private final Scheduler scheduler;
    private final DeadlineWatchdog watchdog;
    private final int traceCapacity;
    private final Pipeline baseline;
    private volatile Canary canary;
    private volatile FallbackFunction fallback;
    private volatile CallFault fault;

    /** A canary pipeline and the share of calls it takes. */
    private record Canary(Pipeline pipeline, double fraction) {
    }

    Guard(String component, GuardPolicy policy, Predicate<? super Throwable> retryOn, Scheduler scheduler,
          DeadlineWatchdog watchdog, Consumer<? super HmsEvent> events, int traceCapacity) {
        this.component = component;
        this.retryOn = retryOn;
        this.scheduler = scheduler;
        this.watchdog = watchdog;
        this.traceCapacity = traceCapacity;
        this.baseline = new Pipeline(component, policy, retryOn, scheduler, watchdog, events, traceCapacity);
    }

    /** The component this guard guards. */
    public String component() {
        return component;
    }

    private Pipeline pipeline() {
        Canary c = canary;
        if (c == null || ThreadLocalRandom.current().nextDouble() >= c.fraction) {
            return baseline;
        }
        return c.pipeline;
    }

    /**
     * Calls {@code call} through the pipeline.
     *
     * @return its value, or the fallback's
     * @throws CallNotPermittedException if the breaker refused and there is no fallback
     * @throws LimitExceededException    if the limit refused and there is no fallback
     * @throws GuardTimeoutException     if the last attempt timed out and there is no fallback
     * @throws GuardClosedException      if the guard was closed before or during the call (no fallback)
     * @throws UndeclaredThrowableException wrapping a checked exception of the fallback (or one the code
     *         threw sneakily); use {@link #callChecked} to receive checked exceptions as they are
     */
    @SuppressWarnings("unchecked")
    public <T> T call(Supplier<T> call) {
        Objects.requireNonNull(call, "call");
        return (T) pipeline().execute(call, Pipeline.SUPPLIER, fallback);
    }

    /**
     * Runs {@code call} through the pipeline; a fallback's value is ignored. Throws as {@link #call}
     * does, a checked exception wrapped in an {@link UndeclaredThrowableException}.
     */
    public void run(Runnable call) {
        Objects.requireNonNull(call, "call");
        pipeline().execute(call, Pipeline.RUNNABLE, fallback);
    }

    /**
     * Calls {@code call} through the pipeline, letting checked exceptions (its own and the fallback's)
     * through as they are.
     */
    @SuppressWarnings("unchecked")
    public <T> T callChecked(Callable<T> call) throws Exception {
        Objects.requireNonNull(call, "call");
        return (T) pipeline().execute(call, Pipeline.CALLABLE, fallback);
    }

    /** {@code call}, guarded by this guard each time it is called. */
    public <T> Supplier<T> decorate(Supplier<T> call) {
        Objects.requireNonNull(call, "call");
        return () -> call(call);
    }

    /** The baseline policy. */
    public GuardPolicy policy() {
        return baseline.policy();
    }

    /** Swaps the baseline policy live; see {@link io.hms.core.guard.internal.GuardControl#updatePolicy}. */
    void updatePolicy(GuardPolicy policy) {
        baseline.updatePolicy(Objects.requireNonNull(policy, "policy"));
    }

    /** Sets the fallback (null for none); the runtime sets it from the registry. */
    void fallback(FallbackFunction fallbackOrNull) {
        this.fallback = fallbackOrNull;
    }

    /** Sets the fault run before every attempt, baseline and canary alike; see {@link CallFault}. */
    void fault(CallFault faultOrNull) {
        this.fault = faultOrNull;
        baseline.fault(faultOrNull);
        Canary c = canary;
        if (c != null) {
            c.pipeline.fault(faultOrNull);
        }
    }

    /**
     * The longest an attempt of the baseline pipeline started now runs before this guard ends it: the
     * policy's timeout plus the watchdog's resolution. Empty when the policy sets no timeout. Code that
     * ignores interrupts can outlast it (it is reported as timed out when it returns).
     */
    public Optional<Duration> longestAttempt() {
        TimeoutPolicy timeout = baseline.policy().timeout();
        return timeout.enabled() ? Optional.of(timeout.timeout().plus(watchdog.resolution())) : Optional.empty();
    }

    /** The baseline breaker's state. */
    public BreakerState breakerState() {
        return baseline.breaker().state();
    }

    /** The baseline breaker; its policy follows the guard's ({@link CircuitBreaker#updatePolicy} refuses). */
    public CircuitBreaker breaker() {
        return baseline.breaker();
    }

    /** The baseline limiter; its policy follows the guard's ({@link ConcurrencyLimiter#updatePolicy} refuses). */
    public ConcurrencyLimiter limiter() {
        return baseline.limiter();
    }

    /** The baseline pipeline's counters. */
    public GuardStats stats() {
        return baseline.stats();
    }

    /**
     * The baseline pipeline's recent attempts; it records nothing until {@linkplain CallTrace#start()
     * started}.
     */
    public CallTrace trace() {
        return baseline.trace();
    }

    /** Starts a canary; see {@link io.hms.core.guard.internal.GuardControl#startCanary}. */
    void startCanary(GuardPolicy candidate, double fraction) {
        Objects.requireNonNull(candidate, "candidate");
        if (!(fraction >= 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("fraction must be in [0, 1], got " + fraction);
        }
        Pipeline pipeline = new Pipeline(component, candidate, retryOn, scheduler, watchdog, NO_EVENTS,
                traceCapacity);
        pipeline.fault(fault);
        canary = new Canary(pipeline, fraction);
    }

    /** Sends every call through the baseline again; the canary's stats are discarded. */
    void stopCanary() {
        canary = null;
    }

    /** The running canary's counters. */
    public Optional<GuardStats> canaryStats() {
        Canary c = canary;
        return c == null ? Optional.empty() : Optional.of(c.pipeline.stats());
    }

    /** The running canary's policy. */
    public Optional<GuardPolicy> canaryPolicy() {
        Canary c = canary;
        return c == null ? Optional.empty() : Optional.of(c.pipeline.policy());
    }

    @Override
    public String toString() {
        return "Guard[" + component + ", breaker " + breakerState() + ", limit " + limiter().inFlight() + "/"
                + limiter().limit() + "]";
    }
}
