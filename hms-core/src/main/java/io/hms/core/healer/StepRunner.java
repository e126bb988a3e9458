package io.hms.core.healer;

import io.hms.api.Durations;
import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.RepairContext;
import io.hms.api.event.BreakerState;
import io.hms.api.event.RepairOutcome;
import io.hms.api.spi.LockLease;
import io.hms.core.monitor.HealthProbe;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.time.Cancellable;
import io.hms.core.time.HostCall;
import io.hms.core.time.InFlightWork;
import io.hms.core.time.Scheduler;
import io.hms.core.time.TimeLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Runs one repair step and verifies it: the repair on a host thread with its timeout, then, if it ran,
 * one probe of the component's health checks and the verdict of its callers (see
 * {@link io.hms.api.policy.Playbook}). Whatever the host code does (throws, hangs, returns false) ends as an
 * {@link IncidentStep}; only the healer's own shutdown (an interrupt of the calling pass) escapes, as
 * {@link InterruptedException}.
 *
 * <p>A repair is never started again while an earlier run of it has not returned (one that ignored its
 * timeout's interrupt): such a step ends {@code TIMED_OUT} at once, saying so.
 */
final class StepRunner {

    private final Scheduler scheduler;
    private final TimeLimiter repairs;
    private final HealthProbe probe;
    private final FunctionRegistry registry;
    private final CallerView callers;
    private final CallerVerdicts verdicts;
    private final InFlightWork work;
    private final ConcurrentMap<String, HostCall<Boolean>> stillRunning = new ConcurrentHashMap<>();

    /** @param work counts the pass as at rest while it waits for a repair, a probe or the callers' verdict */
    StepRunner(Scheduler scheduler, TimeLimiter repairs, HealthProbe probe, FunctionRegistry registry,
               CallerView callers, CallerVerdicts verdicts, InFlightWork work) {
        this.work = work;
        this.scheduler = scheduler;
        this.repairs = repairs;
        this.probe = probe;
        this.registry = registry;
        this.callers = callers;
        this.verdicts = verdicts;
    }

    IncidentStep run(IncidentRun run, PlannedStep step, int attempt, LockLease lease) throws InterruptedException {
        Instant startedAt = scheduler.now();
        long start = scheduler.nanoTime();
        Verdict verdict;
        if (step.repair() == null) {
            verdict = new Verdict(RepairOutcome.FAILED, "no REPAIR function named '" + step.function()
                    + "' is registered for '" + run.component() + "'; register it or remove the step from the playbook");
        } else {
            verdict = repairAndVerify(run, step, attempt, lease);
        }
        Duration took = Duration.ofNanos(scheduler.nanoTime() - start);
        return new IncidentStep(step.function(), step.level(), attempt, verdict.outcome(), startedAt, took,
                verdict.detail());
    }

    private Verdict repairAndVerify(IncidentRun run, PlannedStep step, int attempt, LockLease lease)
            throws InterruptedException {
        String key = run.component() + '\u0000' + step.function();
        HostCall<Boolean> earlier = stillRunning.get(key);
        if (earlier != null && earlier.running()) {
            return new Verdict(RepairOutcome.TIMED_OUT, "an earlier run has not returned since it timed out;"
                    + " it is not started again until it returns");
        }
        RepairContext context = new RepairContext(run.component(), run.id(), step.level(), attempt, run.reason(),
                step.timeout(), lease);
        HostCall<Boolean> repair = repairs.start(() -> step.repair().repair(context), step.timeout());
        stillRunning.put(key, repair);
        repair.returned().whenComplete((done, error) -> stillRunning.remove(key, repair));
        try {
            if (!Boolean.TRUE.equals(work.idleUntil(repair.result()))) {
                return new Verdict(RepairOutcome.FAILED, "repair returned false");
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return cause instanceof TimeoutException
                    ? new Verdict(RepairOutcome.TIMED_OUT, "timed out after " + Durations.format(step.timeout()))
                    : new Verdict(RepairOutcome.THREW, describe(cause));
        } catch (InterruptedException e) {
            repair.result().cancel(true);
            throw e;
        }
        Health health = verify(run.component(), step);
        if (health.status() == HealthStatus.DOWN) {
            return new Verdict(RepairOutcome.UNVERIFIED, "still " + health.status()
                    + (health.reason().isEmpty() ? "" : ": " + health.reason()));
        }
        return askCallers(run, step);
    }

    /**
     * When the breaker is not CLOSED, lets the next calls probe the component and waits for their verdict,
     * at most the playbook's caller verification window.
     */
    private Verdict askCallers(IncidentRun run, PlannedStep step) throws InterruptedException {
        String component = run.component();
        Duration window = registry.policy(component).policy().playbook().callerVerification();
        if (window.isZero() || callers.breakerState(component) == BreakerState.CLOSED) {
            return new Verdict(RepairOutcome.VERIFIED, "");
        }
        CompletableFuture<BreakerState> verdict = verdicts.expect(component);
        Cancellable timer = scheduler.schedule(window, () -> verdict.complete(null));
        try {
            callers.probeNow(component, "verifying " + step.function() + " for " + run.id());
            if (callers.breakerState(component) == BreakerState.CLOSED) {
                verdict.complete(BreakerState.CLOSED);
            }
            BreakerState seen = work.idleUntil(verdict);
            if (seen == null) {
                return new Verdict(RepairOutcome.VERIFIED, "health checks pass; no call came within "
                        + Durations.format(window) + " to confirm");
            }
            return seen == BreakerState.CLOSED ? new Verdict(RepairOutcome.VERIFIED, "callers served again")
                    : new Verdict(RepairOutcome.UNVERIFIED,
                            "health checks pass but calls still fail: the breaker's probes failed and it opened again");
        } catch (ExecutionException | CancellationException e) {
            throw new InterruptedException("the healer is closing");
        } finally {
            timer.cancel();
            verdicts.forget(component, verdict);
        }
    }

    private Health verify(String component, PlannedStep step) throws InterruptedException {
        try {
            return work.idleUntil(probe.verifyRepair(component, step.function(), step.level()));
        } catch (ExecutionException | RuntimeException e) {
            return Health.down("verification failed: " + describe(e instanceof ExecutionException ? e.getCause() : e));
        }
    }

    static String describe(Throwable error) {
        String type = error.getClass().getSimpleName().isEmpty() ? error.getClass().getName()
                : error.getClass().getSimpleName();
        return error.getMessage() == null ? type : type + ": " + error.getMessage();
    }

    private record Verdict(RepairOutcome outcome, String detail) {
    }
}
