package io.hms.core.guard;

import io.hms.api.FallbackFunction;
import io.hms.api.event.HmsEvent;
import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.core.guard.internal.DeadlineSlot;
import io.hms.core.guard.internal.DeadlineWatchdog;
import io.hms.core.guard.internal.LimitGate;
import io.hms.core.time.Scheduler;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One guard pipeline, fallback{ retry{ breaker{ limit{ timeout{ code }}}}}, with its own breaker,
 * limiter, stats and trace. A {@link Guard} has a baseline pipeline and, while canarying, a second.
 *
 * <p>The guarded code is passed as an untyped function plus a kind, so {@code call}, {@code run} and
 * {@code callChecked} share this one loop without wrapping (and allocating) per call.
 */
final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    static final int SUPPLIER = 0;
    static final int CALLABLE = 1;
    static final int RUNNABLE = 2;

    // What admit() did with an attempt.
    private static final int ADMITTED = 0;
    private static final int ADMITTED_AFTER_WAIT = 1;
    private static final int REFUSED_BY_BREAKER = 2;
    private static final int REFUSED_BY_LIMIT = 3;

    private final String component;
    private final Scheduler scheduler;
    private final DeadlineWatchdog watchdog;
    private final Predicate<? super Throwable> retryOn;
    private final CircuitBreaker breaker;
    private final ConcurrencyLimiter limiter;
    private final LimitGate limit; // the limiter's own gate, called on the call path without the extra hop
    private final GuardStats stats = new GuardStats();
    private final CallTrace trace;
    private final CallNotPermittedException notPermitted;
    private final LimitExceededException limitExceeded;
    private volatile Settings settings;
    private volatile CallFault fault;

    /** A policy with its durations converted once. */
    private record Settings(GuardPolicy policy, Duration timeout, long timeoutNanos, RetryPolicy retry,
                            long maxWaitNanos) {
        static Settings of(GuardPolicy policy) {
            Duration timeout = policy.timeout().timeout();
            return new Settings(policy, timeout, timeout.toNanos(), policy.retry(), policy.limit().maxWait().toNanos());
        }
    }

    Pipeline(String component, GuardPolicy policy, Predicate<? super Throwable> retryOn, Scheduler scheduler,
             DeadlineWatchdog watchdog, Consumer<? super HmsEvent> events, int traceCapacity) {
        this.component = component;
        this.scheduler = scheduler;
        this.watchdog = watchdog;
        this.retryOn = retryOn;
        this.breaker = CircuitBreaker.ofGuard(component, policy.breaker(), scheduler, events);
        this.limiter = ConcurrencyLimiter.ofGuard(component, policy.limit());
        this.limit = limiter.gate();
        this.trace = new CallTrace(traceCapacity);
        this.notPermitted = new CallNotPermittedException(component);
        this.limitExceeded = new LimitExceededException(component);
        this.settings = Settings.of(policy);
    }

    GuardPolicy policy() {
        return settings.policy();
    }

    /**
     * Swaps the policy, keeping the breaker's state and window and the limiter's limit; but a breaker that
     * an older breaker policy holds OPEN probes at once under the new one (its open time was the old
     * policy's choice, and the new policy judges the dependency afresh; a dead dependency re-opens it).
     */
    void updatePolicy(GuardPolicy policy) {
        boolean breakerChanged = !policy.breaker().equals(settings.policy().breaker());
        breaker.swapPolicy(policy.breaker());
        limiter.swapPolicy(policy.limit());
        settings = Settings.of(policy);
        if (breakerChanged) {
            breaker.probeNow("the breaker policy changed; probing under the new one");
        }
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    ConcurrencyLimiter limiter() {
        return limiter;
    }

    GuardStats stats() {
        return stats;
    }

    CallTrace trace() {
        return trace;
    }

    /**
     * Runs {@code fn} through the pipeline. Whatever is finally thrown (the code's exception, a
     * refusal, a timeout, or the fallback's exception) is thrown as is, except a checked exception
     * for a {@link #SUPPLIER} or {@link #RUNNABLE}, which cannot declare it: that one is wrapped in an
     * {@link UndeclaredThrowableException}.
     */
    Object execute(Object fn, int kind, FallbackFunction fallback) {
        Settings s = settings;
        int maxAttempts = s.retry().maxAttempts();
        long callStart = 0;
        Throwable failure = null;
        for (int attempt = 1; ; attempt++) {
            if (watchdog.closed()) {
                throw GuardClosedException.refused(component, failure);
            }
            long start = scheduler.nanoTime();
            int admission = admit(s.maxWaitNanos());
            if (admission >= REFUSED_BY_BREAKER) {
                if (admission == REFUSED_BY_LIMIT && s.maxWaitNanos() > 0 && watchdog.closed()) { // closed while it waited
                    throw GuardClosedException.refused(component, failure);
                }
                Throwable refusal = admission == REFUSED_BY_BREAKER ? notPermitted : limitExceeded;
                trace.record(start, 0, CallRecords.Outcome.REJECTED, attempt);
                if (failure == null) {
                    if (refusal == notPermitted) {
                        stats.rejectedByBreaker();
                    } else {
                        stats.rejectedByLimit();
                    }
                    failure = refusal;
                } else { // a refused retry: the call ends with its last failure
                    stats.failure((s.maxWaitNanos() > 0 ? scheduler.nanoTime() : start) - callStart);
                }
                break;
            }
            if (attempt == 1) {
                callStart = start;
            }
            long waited = 0;
            if (admission == ADMITTED_AFTER_WAIT) { // the attempt starts when it has its place; the caller's wait counts
                if (watchdog.closed()) { // closed while it waited
                    limit.giveBack();
                    breaker.releasePermission();
                    throw GuardClosedException.refused(component, failure);
                }
                long placed = scheduler.nanoTime();
                waited = placed - start;
                start = placed;
            }
            Object result = null;
            Throwable error = null;
            boolean timedOut = false;
            long end;
            if (s.timeoutNanos() > 0) {
                DeadlineSlot slot = watchdog.slot();
                long deadline = start + s.timeoutNanos();
                long token = slot.arm(deadline);
                try {
                    result = invoke(fn, kind, fault);
                } catch (Throwable e) {
                    error = e;
                }
                boolean interrupted = slot.disarm(token);
                end = scheduler.nanoTime();
                if (interrupted && end - deadline < 0 && watchdog.closed()) {
                    error = GuardClosedException.interrupted(component, error); // neither retried nor answered
                } else if (interrupted || end - deadline >= 0) {
                    timedOut = true;
                    error = new GuardTimeoutException(component, s.timeout(), error);
                }
            } else {
                try {
                    result = invoke(fn, kind, fault);
                } catch (Throwable e) {
                    error = e;
                }
                end = scheduler.nanoTime();
            }
            long latency = end - start;
            limit.release(latency, error != null);
            if (error == null) {
                breaker.onSuccess(latency);
                trace.record(start, latency, CallRecords.Outcome.SUCCESS, attempt, waited);
                stats.success(end - callStart);
                return result;
            }
            breaker.onError(latency);
            trace.record(start, latency, timedOut ? CallRecords.Outcome.TIMEOUT : CallRecords.Outcome.FAILURE,
                    attempt, waited);
            if (timedOut) {
                stats.timeout();
            }
            failure = error;
            if (attempt >= maxAttempts || !retryable(error) || !backoff(s.retry(), attempt)) {
                stats.failure(end - callStart);
                break;
            }
            stats.retry();
        }
        return finish(failure, fallback, kind);
    }

    /**
     * Whether the breaker and the limiter admit an attempt: {@link #ADMITTED}, {@link #ADMITTED_AFTER_WAIT} or
     * the refusal. A full limit is waited on for up to {@code maxWaitNanos} without the breaker's permission,
     * which is asked again once a place is free (the breaker may have opened meanwhile, and a permission
     * given back into another state than the one that granted it would unbalance a half-open breaker's
     * probes); an interrupt ends the wait as a refusal, with the thread's interrupt flag restored.
     */
    private int admit(long maxWaitNanos) {
        if (!breaker.tryAcquirePermission()) {
            return REFUSED_BY_BREAKER;
        }
        if (limit.tryAcquire()) {
            return ADMITTED;
        }
        breaker.releasePermission();
        if (!awaitPlace(maxWaitNanos)) {
            return REFUSED_BY_LIMIT;
        }
        if (!breaker.tryAcquirePermission()) {
            limit.giveBack();
            return REFUSED_BY_BREAKER;
        }
        return ADMITTED_AFTER_WAIT;
    }

    private boolean awaitPlace(long maxWaitNanos) {
        if (maxWaitNanos <= 0) {
            return false;
        }
        try {
            return limit.acquire(maxWaitNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sets the fault run before each attempt; null (the normal case) for none. */
    void fault(CallFault faultOrNull) {
        this.fault = faultOrNull;
    }

    private static Object invoke(Object fn, int kind, CallFault injected) throws Exception {
        if (injected != null) {
            injected.beforeAttempt();
        }
        if (kind == SUPPLIER) {
            return ((Supplier<?>) fn).get();
        }
        if (kind == CALLABLE) {
            return ((Callable<?>) fn).call();
        }
        ((Runnable) fn).run();
        return null;
    }

    private boolean retryable(Throwable error) {
        if (error instanceof CallNotPermittedException || error instanceof LimitExceededException
                || error instanceof GuardClosedException) {
            return false;
        }
        try {
            return retryOn.test(error);
        } catch (RuntimeException e) {
            LOG.warn("the retry predicate of '{}' failed on {}; not retrying", component, error, e);
            return false;
        }
    }

    /** Waits before the next attempt; false if interrupted (the flag is restored). */
    private boolean backoff(RetryPolicy retry, int attempt) {
        long base = retry.baseBackoffNanos(attempt);
        double jitter = retry.jitter();
        long wait = jitter == 0 ? base
                : (long) (base * (1 - jitter + 2 * jitter * ThreadLocalRandom.current().nextDouble()));
        if (wait <= 0) {
            return true;
        }
        try {
            scheduler.sleepNanos(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Object finish(Throwable failure, FallbackFunction fallback, int kind) {
        if (fallback == null || failure instanceof GuardClosedException) {
            throw thrown(failure, kind, "the guarded code");
        }
        Object value;
        try {
            value = fallback.apply(failure);
        } catch (Throwable e) {
            if (e != failure) {
                e.addSuppressed(failure);
            }
            throw thrown(e, kind, e == failure ? "the guarded code" : "the fallback");
        }
        stats.fallback();
        return value;
    }

    /**
     * What a call of {@code kind} throws for {@code e}: {@code e} itself, unless it is a checked
     * exception that a {@link #SUPPLIER} or {@link #RUNNABLE} call cannot declare; that one is wrapped
     * (an {@link InterruptedException} wrapped restores the thread's interrupt).
     */
    private RuntimeException thrown(Throwable e, int kind, String source) {
        if (kind == CALLABLE || e instanceof RuntimeException || e instanceof Error) {
            return sneaky(e);
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new UndeclaredThrowableException(e, source + " of '" + component + "' threw the checked " + e
                + ", which call(Supplier) and run(Runnable) cannot declare; it is the cause of this exception "
                + "(use callChecked(Callable) to receive it as is)");
    }

    /** Throws {@code e} as is, checked or not; declared to return so callers can write {@code throw}. */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
