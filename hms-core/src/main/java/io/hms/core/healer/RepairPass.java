package io.hms.core.healer;

import io.hms.api.event.RepairOutcome;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.LockLease;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over a component's playbook, on its own virtual thread: take the component's lock, run the
 * steps in order until one is verified, give the lock back, and tell the {@link Triage} how it ended.
 * Before each step it checks that the incident is still open and that the lock's fencing token is still
 * the newest; otherwise it stops.
 */
final class RepairPass implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RepairPass.class);

    /** How a pass ended. */
    sealed interface Result {
    }

    /** A step was verified. */
    record Verified(String function) implements Result {
    }

    /** Every step ran and none was verified. */
    record Exhausted(String lastFailure) implements Result {
    }

    /** Another holder has the lock, or took it over during the pass. */
    record LockBusy(String detail) implements Result {
    }

    /** The incident closed meanwhile or the healer is closing. */
    record Aborted() implements Result {
    }

    private final IncidentRun run;
    private final Triage triage;
    private final FunctionRegistry registry;
    private final Coordinator coordinator;
    private final StepRunner steps;
    private final Duration lease;
    private final RepairRelay relay;
    private final Scheduler scheduler;

    RepairPass(IncidentRun run, Triage triage, FunctionRegistry registry, Coordinator coordinator, StepRunner steps,
               Duration lease, RepairRelay relay, Scheduler scheduler) {
        this.run = run;
        this.triage = triage;
        this.registry = registry;
        this.coordinator = coordinator;
        this.steps = steps;
        this.lease = lease;
        this.relay = relay;
        this.scheduler = scheduler;
    }

    /** The name of the lock that serializes the repairs of {@code component} across instances. */
    static String lockName(String component) {
        return "hms.heal." + component;
    }

    @Override
    public void run() {
        Result result;
        try {
            result = lockedPass();
        } catch (InterruptedException e) {
            result = new Aborted();
        } catch (Throwable e) { // a checked exception thrown sneakily too: a pass that never ends holds its incident
            LOG.warn("repair pass of {} for {} failed; it is retried after the backoff", run.id(), run.component(), e);
            result = new Exhausted("the healer failed: " + StepRunner.describe(e));
        }
        triage.passEnded(run, result);
    }

    private Result lockedPass() throws InterruptedException {
        Optional<LockLease> held;
        try {
            held = coordinator.tryLock(lockName(run.component()), coordinator.nodeId(), lease);
        } catch (RuntimeException e) {
            return new LockBusy("the coordinator failed: " + StepRunner.describe(e));
        }
        if (held.isEmpty()) {
            return new LockBusy("lock " + lockName(run.component()) + " is held by another instance");
        }
        LeaseRenewal renewal = LeaseRenewal.start(coordinator, scheduler, held.get(), lease);
        PlannedStep[] last = new PlannedStep[1];
        try {
            return steps(held.get(), last);
        } finally {
            renewal.stop();
            relay.ended(run.component(), last[0], held.get());
            coordinator.unlock(held.get());
        }
    }

    private Result steps(LockLease lock, PlannedStep[] last) throws InterruptedException {
        int attempt = triage.beginPass(run);
        if (attempt < 0) {
            return new Aborted();
        }
        List<PlannedStep> plan = Playbooks.plan(registry, run.component());
        int own = triage.startOfPass(run, plan);
        int start = relay.resumeFrom(run.component(), lock, plan, own);
        String lastFailure = start == 0 ? "no repair is registered for '" + run.component()
                + "'; register a @Repair method or give its policy a playbook"
                : start > own ? plan.get(start - 1).function() + " was the last rung of an earlier holder of the lock,"
                        + " which stopped without ending its pass"
                : plan.get(start - 1).function() + " did not hold: the component failed again soon after";
        for (PlannedStep step : plan.subList(start, plan.size())) {
            if (Thread.currentThread().isInterrupted() || !triage.isOpen(run)) {
                return new Aborted();
            }
            if (!coordinator.checkFence(lock)) {
                return new LockBusy("lock " + lock.name() + " was taken over during the pass");
            }
            relay.starting(run.component(), step, lock);
            last[0] = step;
            IncidentStep done = steps.run(run, step, attempt, lock);
            triage.stepDone(run, done);
            if (done.outcome() == RepairOutcome.VERIFIED) {
                return new Verified(done.function());
            }
            lastFailure = done.function() + ": " + done.detail();
        }
        return new Exhausted(lastFailure);
    }
}
