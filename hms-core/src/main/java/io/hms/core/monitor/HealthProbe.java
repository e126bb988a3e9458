package io.hms.core.monitor;

import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.policy.HealthPolicy;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.RegisteredFunction;
import io.hms.core.time.Cancellable;
import io.hms.core.time.HostCall;
import io.hms.core.time.Scheduler;
import io.hms.core.time.TimeLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs every health check of one component once, now, and answers with the worst result. The healer
 * verifies a repair with it; an operator's "check now" can use it too. It does not touch the
 * {@link Monitor}'s judgement: a probe is one observation, without hysteresis.
 *
 * <pre>{@code
 * HealthProbe probe = new HealthProbe(registry, new TimeLimiter(scheduler, "probe"), scheduler);
 * Health now = probe.probe("inventory").get();   // never fails; a failing check gives DOWN
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 *   <li>each check runs on a platform thread of the {@link TimeLimiter}'s host threads (named
 *       {@code hms-…}), with its descriptor's timeout or, when that is zero, the component's health-policy
 *       timeout;</li>
 *   <li>single flight: a check never has two live runs. Asked while a run is in flight, the monitor
 *       shares that run's answer, and {@link #probe} waits for it and then runs the check afresh. Asked
 *       while a run is past its timeout but has not returned (code that ignores interrupts), either
 *       answers DOWN {@code "health check 'ping' hung: …"} without starting another;</li>
 *   <li>the future always completes normally: a check that throws gives DOWN with the exception as the
 *       reason ({@code "IOException: connection refused"}), one that does not return in time gives DOWN
 *       {@code "timed out after 200ms"} (its thread is interrupted), one that returns null gives DOWN;</li>
 *   <li>the answer is the worst status of the checks, with the reasons of the checks at that status
 *       (joined by {@code "; "}); a component without checks is UP;</li>
 *   <li>the answer is stamped with the probe's clock when the last check has answered;</li>
 *   <li>a {@link HealthInterceptor} given at construction is asked first for every check; when it
 *       answers (a component killed by the chaos agent), the check does not run and its answer counts.</li>
 * </ul>
 * Thread-safe; the probe holds no state of its own.
 */
public final class HealthProbe {

    private final FunctionRegistry registry;
    private final TimeLimiter limiter;
    private final Supplier<Instant> clock;
    private final Scheduler timers; // null: real time
    private final HealthInterceptor interceptor;
    private final Map<RegisteredFunction, Flight> flights = new HashMap<>();

    /**
     * A probe that stamps its answers with the system clock. Prefer
     * {@link #HealthProbe(FunctionRegistry, TimeLimiter, Scheduler)} so stamps follow the runtime's clock.
     *
     * @param registry where the component's checks and policy are found
     * @param limiter  runs the checks with their timeouts
     */
    public HealthProbe(FunctionRegistry registry, TimeLimiter limiter) {
        this(registry, limiter, Instant::now, null, HealthInterceptor.NONE);
    }

    /**
     * A probe that stamps its answers with {@code scheduler}'s clock.
     *
     * @param registry  where the component's checks and policy are found
     * @param limiter   runs the checks with their timeouts
     * @param scheduler the clock of the stamps; should be the limiter's
     */
    public HealthProbe(FunctionRegistry registry, TimeLimiter limiter, Scheduler scheduler) {
        this(registry, limiter, scheduler, HealthInterceptor.NONE);
    }

    /**
     * A probe that stamps its answers with {@code scheduler}'s clock and lets {@code interceptor} answer
     * for a check before it runs.
     *
     * @param registry    where the component's checks and policy are found
     * @param limiter     runs the checks with their timeouts
     * @param scheduler   the clock of the stamps; should be the limiter's
     * @param interceptor consulted before each check; {@link HealthInterceptor#NONE} for none
     */
    public HealthProbe(FunctionRegistry registry, TimeLimiter limiter, Scheduler scheduler,
                       HealthInterceptor interceptor) {
        this(registry, limiter, Objects.requireNonNull(scheduler, "scheduler")::now, scheduler, interceptor);
    }

    private HealthProbe(FunctionRegistry registry, TimeLimiter limiter, Supplier<Instant> clock, Scheduler timers,
                        HealthInterceptor interceptor) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.clock = clock;
        this.timers = timers;
        this.interceptor = Objects.requireNonNull(interceptor, "interceptor");
    }

    /**
     * Tells the interceptor that repair {@code function} of {@code component} ran, then probes the
     * component: how the healer verifies a repair.
     */
    public CompletableFuture<Health> verifyRepair(String component, String function, int level) {
        interceptor.repairRan(component, function, level);
        return probe(component);
    }

    /**
     * Runs every health check of {@code component} once.
     *
     * @return completes, never exceptionally, with the worst result of the checks
     * @throws IllegalArgumentException if the component is not declared
     */
    public CompletableFuture<Health> probe(String component) {
        List<RegisteredFunction> checks = registry.functions(component, FunctionKind.HEALTH_CHECK);
        HealthPolicy policy = registry.policy(component).policy().health();
        Health forced = interceptor.beforeCheck(component);
        if (forced != null) {
            return CompletableFuture.completedFuture(forced.at(clock.get()));
        }
        if (checks.isEmpty()) {
            return CompletableFuture.completedFuture(Health.up().at(clock.get()));
        }
        List<CompletableFuture<Health>> results = new ArrayList<>(checks.size());
        for (RegisteredFunction check : checks) {
            results.add(freshCheck(check, timeout(check, policy)));
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(done -> worst(results.stream().map(CompletableFuture::join).toList()));
    }

    /** The timeout of one run of {@code check}: its own, or the policy's when its own is zero. */
    static Duration timeout(RegisteredFunction check, HealthPolicy policy) {
        Duration own = check.descriptor().timeout();
        return own.isZero() ? policy.timeout() : own;
    }

    /**
     * Runs one check with {@code timeout}, unless a run of it is still in flight: a run that has not
     * answered yet is shared (its answer is this call's too), and a run that is past its timeout but has
     * not returned makes the answer DOWN {@code "health check 'ping' hung: …"} at once. A check so never
     * has more than one live run, whoever asks.
     *
     * @return completes, never exceptionally, with its result stamped with this probe's clock
     */
    CompletableFuture<Health> check(RegisteredFunction check, Duration timeout) {
        return check(check, timeout, false);
    }

    /**
     * Like {@link #check(RegisteredFunction, Duration)}, but an observation that starts now: a run in flight
     * (which may have started before a repair) is waited for, and then the check runs again.
     */
    CompletableFuture<Health> freshCheck(RegisteredFunction check, Duration timeout) {
        return check(check, timeout, true);
    }

    private CompletableFuture<Health> check(RegisteredFunction check, Duration timeout, boolean fresh) {
        Health forced = interceptor.beforeCheck(check.component());
        if (forced != null) {
            return CompletableFuture.completedFuture(forced.at(clock.get()));
        }
        Flight started;
        synchronized (flights) {
            Flight flight = flights.get(check);
            if (flight != null && !flight.call().running()) {
                flights.remove(check, flight); // returned; its own clean-up may not have run yet
                flight = null;
            }
            if (flight != null && flight.answer().isDone()) {
                // past its timeout: interrupted, it may be about to return; a fresh look gives it one more timeout
                return fresh ? afterReturn(check, flight, timeout)
                        : CompletableFuture.completedFuture(Health.down(hung(check, flight)).at(clock.get()));
            }
            if (flight != null) {
                // the run answers only once it has returned: then a fresh check starts one of its own
                return fresh ? flight.answer().thenCompose(earlier -> check(check, timeout, true)) : flight.answer();
            }
            HostCall<Health> call = limiter.start(check.healthCheck()::check, timeout);
            started = new Flight(call, call.result().handle((health, error) -> judge(check, timeout, health, error)),
                    clock.get(), timeout);
            flights.put(check, started);
        }
        started.call().returned().whenComplete((done, error) -> {
            synchronized (flights) {
                flights.remove(check, started);
            }
        });
        return started.answer();
    }

    /** Runs {@code check} afresh once {@code flight} returns, or answers "hung" if it has not within {@code grace}. */
    private CompletableFuture<Health> afterReturn(RegisteredFunction check, Flight flight, Duration grace) {
        CompletableFuture<Boolean> returned = new CompletableFuture<>();
        flight.call().returned().whenComplete((done, error) -> returned.complete(true));
        if (timers != null) {
            Cancellable timer = timers.schedule(grace, () -> returned.complete(false));
            returned.whenComplete((done, error) -> timer.cancel());
        } else {
            returned.completeOnTimeout(false, grace.toNanos(), TimeUnit.NANOSECONDS);
        }
        return returned.thenCompose(done -> done ? check(check, grace, true)
                : CompletableFuture.completedFuture(Health.down(hung(check, flight)).at(clock.get())));
    }

    private Health judge(RegisteredFunction check, Duration timeout, Health health, Throwable error) {
        Health result;
        if (error != null) {
            result = Health.down(Reasons.failed(error, timeout));
        } else if (health == null || health.status() == HealthStatus.UNKNOWN) {
            result = Health.down("health check '" + check.name() + "' returned "
                    + (health == null ? "null" : "UNKNOWN, which is no answer")
                    + "; return Health.up(), Health.degraded(reason) or Health.down(reason)");
        } else {
            result = health;
        }
        return result.at(clock.get());
    }

    private String hung(RegisteredFunction check, Flight flight) {
        return Reasons.hung(check.name(), Duration.between(flight.startedAt(), clock.get()), flight.timeout());
    }

    /** A run of a check that has not returned: its call, its answer (shared by whoever asks meanwhile). */
    private record Flight(HostCall<Health> call, CompletableFuture<Health> answer, Instant startedAt,
                          Duration timeout) {
    }

    private Health worst(List<Health> results) {
        HealthStatus worst = HealthStatus.UP;
        for (Health h : results) {
            worst = worst.worst(h.status());
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (Health h : results) {
            if (h.status() == worst && !h.reason().isEmpty()) {
                reasons.add(h.reason());
            }
        }
        return new Health(worst, String.join("; ", reasons), clock.get());
    }
}
