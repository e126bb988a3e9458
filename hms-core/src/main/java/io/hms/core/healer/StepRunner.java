package io.hms.core.healer;

import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.RepairContext;
import io.hms.api.event.RepairOutcome;
import io.hms.core.internal.Durations;
import io.hms.core.monitor.HealthProbe;
import io.hms.core.time.Scheduler;
import io.hms.core.time.TimeLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Runs one repair step and verifies it: the repair on its own virtual thread with its timeout, then,
 * if it ran, one probe of the component's health checks. Whatever the host code does (throws, hangs,
 * returns false) ends as an {@link IncidentStep}; only the healer's own shutdown (an interrupt of the
 * calling pass) escapes, as {@link InterruptedException}.
 */
final class StepRunner {

    private final Scheduler scheduler;
    private final TimeLimiter repairs;
    private final HealthProbe probe;

    StepRunner(Scheduler scheduler, TimeLimiter repairs, HealthProbe probe) {
        this.scheduler = scheduler;
        this.repairs = repairs;
        this.probe = probe;
    }

    IncidentStep run(IncidentRun run, PlannedStep step, int attempt) throws InterruptedException {
        Instant startedAt = scheduler.now();
        long start = scheduler.nanoTime();
        RepairOutcome outcome;
        String detail;
        if (step.repair() == null) {
            outcome = RepairOutcome.FAILED;
            detail = "no REPAIR function named '" + step.function() + "' is registered for '" + run.component()
                    + "'; register it or remove the step from the playbook";
        } else {
            RepairContext context = new RepairContext(run.component(), run.id(), step.level(), attempt, run.reason(),
                    step.timeout());
            CompletableFuture<Boolean> repair = repairs.call(() -> step.repair().repair(context), step.timeout());
            try {
                if (Boolean.TRUE.equals(repair.get())) {
                    Health health = verify(run.component(), step);
                    boolean healthy = health.status() != HealthStatus.DOWN;
                    outcome = healthy ? RepairOutcome.VERIFIED : RepairOutcome.UNVERIFIED;
                    detail = healthy ? "" : "still " + health.status()
                            + (health.reason().isEmpty() ? "" : ": " + health.reason());
                } else {
                    outcome = RepairOutcome.FAILED;
                    detail = "repair returned false";
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                outcome = cause instanceof TimeoutException ? RepairOutcome.TIMED_OUT : RepairOutcome.THREW;
                detail = cause instanceof TimeoutException ? "timed out after " + Durations.format(step.timeout())
                        : describe(cause);
            } catch (InterruptedException e) {
                repair.cancel(true);
                throw e;
            }
        }
        Duration took = Duration.ofNanos(scheduler.nanoTime() - start);
        return new IncidentStep(step.function(), step.level(), attempt, outcome, startedAt, took, detail);
    }

    private Health verify(String component, PlannedStep step) throws InterruptedException {
        try {
            return probe.verifyRepair(component, step.function(), step.level()).get();
        } catch (ExecutionException | RuntimeException e) {
            return Health.down("verification failed: " + describe(e instanceof ExecutionException ? e.getCause() : e));
        }
    }

    static String describe(Throwable error) {
        String type = error.getClass().getSimpleName().isEmpty() ? error.getClass().getName()
                : error.getClass().getSimpleName();
        return error.getMessage() == null ? type : type + ": " + error.getMessage();
    }
}
