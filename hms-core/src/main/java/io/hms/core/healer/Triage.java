package io.hms.core.healer;

import io.hms.api.event.BreakerState;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentEscalated;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.IncidentReopened;
import io.hms.api.event.RepairAttempted;
import io.hms.core.event.EventBus;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The healer's state machine: which components have an open incident, which closed one recently enough
 * to re-open it, which incidents wait for a repair slot, and what happens when a pass ends.
 *
 * <p>An open incident follows two signals: the health checks (DOWN or not) and the breaker (OPEN or
 * HALF_OPEN until it is CLOSED again). It closes on its own only when neither says the component fails,
 * so callers are served again when it closes.
 *
 * <p>Every method takes one lock and does only bookkeeping under it: no host code, no coordinator call,
 * no waiting. Events are published under the lock (publishing never blocks), so an incident's events
 * leave in the order its state changed. Passes are started through {@code launcher}, which hands them to
 * virtual threads.
 */
final class Triage {

    private static final Logger LOG = LoggerFactory.getLogger(Triage.class);

    private final Object lock = new Object();
    private final FunctionRegistry registry;
    private final EventBus events;
    private final Scheduler scheduler;
    private final CallerView callers;
    private final HealerOptions options;
    private final Consumer<IncidentRun> launcher;
    private final RepairBudget budget;
    private final IncidentLog log;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, IncidentRun> open = new HashMap<>();
    private final Map<String, IncidentRun> lastClosed = new HashMap<>();
    private boolean closed;

    Triage(FunctionRegistry registry, EventBus events, Scheduler scheduler, CallerView callers, HealerOptions options,
           int historyLimit, Consumer<IncidentRun> launcher) {
        this.registry = registry;
        this.events = events;
        this.scheduler = scheduler;
        this.callers = callers;
        this.options = options;
        this.launcher = launcher;
        this.budget = new RepairBudget(options.maxConcurrentRepairs());
        this.log = new IncidentLog(historyLimit);
    }

    /**
     * {@code signal} says the component fails (health DOWN, breaker OPEN). An open incident takes note;
     * an incident closed within the playbook's re-open window is re-opened; otherwise an incident opens.
     */
    void trigger(String component, IncidentRun.Signal signal, String trigger, String reason) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            IncidentRun run = open.get(component);
            if (run != null) {
                run.failing(signal);
                run.stillDown();
                return;
            }
            IncidentRun previous = lastClosed.get(component);
            if (previous != null && withinReopenWindow(previous)) {
                reopen(previous, signal, trigger, reason);
                return;
            }
            openIncident(component, signal, trigger, reason);
        }
    }

    /**
     * The monitor saw an anomaly in the component before any signal said it fails: unless an incident is open
     * or the last one closed within the re-open window, an incident opens and its ladder is worked from the
     * first step. No signal fails, so a pass without a verified step closes it as recovered on its own.
     */
    void early(String component, String trigger) {
        synchronized (lock) {
            if (closed || open.containsKey(component)) {
                return;
            }
            IncidentRun previous = lastClosed.get(component);
            if (previous != null && withinReopenWindow(previous)) {
                return;
            }
            openIncident(component, null, trigger, trigger);
        }
    }

    /**
     * {@code signal} says the component works again (health out of DOWN, breaker CLOSED). Once no signal
     * says it fails, the incident closes as recovered on its own, or, while a pass runs, when the pass ends
     * without a verified step.
     */
    void recovered(String component, IncidentRun.Signal signal) {
        synchronized (lock) {
            IncidentRun run = open.get(component);
            if (closed || run == null) {
                return;
            }
            run.working(signal);
            if (run.failing()) {
                return;
            }
            if (run.phase() == IncidentRun.Phase.RUNNING) {
                run.recoveredMeanwhile();
            } else {
                budget.remove(run);
                close(run, Incident.SELF);
            }
        }
    }

    /** Where a pass over {@code plan} starts: after the step a re-opened incident was resolved by, else 0. */
    int startOfPass(IncidentRun run, List<PlannedStep> plan) {
        synchronized (lock) {
            return run.takeStart(plan);
        }
    }

    /** A launched pass holds the lock; returns its pass number, or -1 if it must not run. */
    int beginPass(IncidentRun run) {
        synchronized (lock) {
            return closed || !run.isOpen() ? -1 : run.beginPass();
        }
    }

    boolean isOpen(IncidentRun run) {
        synchronized (lock) {
            return !closed && run.isOpen();
        }
    }

    void stepDone(IncidentRun run, IncidentStep step) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            run.addStep(step);
            LOG.info("{} {} level {} (pass {}): {}{}", run.id(), step.function(), step.level(), step.attempt(),
                    step.outcome(), step.detail().isEmpty() ? "" : " - " + step.detail());
            events.publish(new RepairAttempted(scheduler.now(), run.component(), run.id(), step.function(),
                    step.level(), step.attempt(), step.outcome(), step.duration(), step.detail()));
        }
    }

    /** A pass is over: close, escalate or retry, then give its repair slot to the next in line. */
    void passEnded(IncidentRun run, RepairPass.Result result) {
        synchronized (lock) {
            if (closed || !run.isOpen()) {
                return;
            }
            switch (result) {
                case RepairPass.Verified verified -> close(run, verified.function());
                case RepairPass.Exhausted exhausted -> {
                    if (run.hasRecoveredMeanwhile() || run.earlyAndServing()) {
                        close(run, Incident.SELF);
                    } else {
                        escalate(run, exhausted.lastFailure());
                    }
                }
                case RepairPass.LockBusy busy -> {
                    if (run.hasRecoveredMeanwhile() || run.earlyAndServing()) {
                        close(run, Incident.SELF);
                    } else {
                        Duration wait = lockRetry();
                        LOG.info("{} waits: {}; retrying in {}", run.id(), busy.detail(), wait);
                        run.waiting(scheduler.schedule(wait, () -> retry(run)));
                    }
                }
                case RepairPass.Aborted aborted -> run.waiting(null);
            }
            IncidentRun next = budget.release();
            if (next != null) {
                launch(next);
            }
        }
    }

    /** How soon a pass that found the lock held tries again: soon enough to take over a dead holder's lease. */
    private Duration lockRetry() {
        Duration third = options.lockLease().dividedBy(3);
        return third.compareTo(options.escalationBackoff()) < 0 ? third : options.escalationBackoff();
    }

    List<Incident> incidents() {
        synchronized (lock) {
            return log.snapshot();
        }
    }

    Optional<Incident> openIncident(String component) {
        synchronized (lock) {
            IncidentRun run = open.get(component);
            return run == null ? Optional.empty() : Optional.of(run.snapshot());
        }
    }

    /** Stops all timers and forgets the queue; running passes are stopped by the healer. */
    void close() {
        synchronized (lock) {
            closed = true;
            open.values().forEach(IncidentRun::cancelTimer);
            budget.clear();
        }
    }

    /** Opens an incident on {@code signal}, or early (on an anomaly) when it is null. */
    private void openIncident(String component, IncidentRun.Signal signal, String trigger, String reason) {
        if (registry.component(component).isEmpty()) {
            LOG.warn("ignoring '{}' for '{}': no such component is declared", trigger, component);
            return;
        }
        Instant now = scheduler.now();
        IncidentRun run = new IncidentRun("inc-" + ids.incrementAndGet(), component, trigger, reason, now,
                options.escalationBackoff());
        if (signal == null) {
            run.openedEarly();
        } else {
            run.failing(signal);
        }
        if (callers.breakerState(component) != BreakerState.CLOSED) {
            run.failing(IncidentRun.Signal.BREAKER);
        }
        open.put(component, run);
        log.add(run);
        LOG.warn("{} opened{} for {}: {}", run.id(), signal == null ? " early" : "", component, trigger);
        events.publish(new IncidentOpened(now, component, run.id(), trigger));
        requestPass(run);
    }

    private boolean withinReopenWindow(IncidentRun previous) {
        Duration window = registry.component(previous.component()).isEmpty() ? Duration.ZERO
                : registry.policy(previous.component()).policy().playbook().reopenWithin();
        return scheduler.now().isBefore(previous.closedAt().plus(window));
    }

    private void reopen(IncidentRun run, IncidentRun.Signal signal, String trigger, String reason) {
        Instant now = scheduler.now();
        Duration closedFor = Duration.between(run.closedAt(), now);
        String resolvedBy = run.resolvedBy();
        lastClosed.remove(run.component());
        run.reopen(reason);
        run.failing(signal);
        if (callers.breakerState(run.component()) != BreakerState.CLOSED) {
            run.failing(IncidentRun.Signal.BREAKER);
        }
        open.put(run.component(), run);
        LOG.warn("{} re-opened for {}: {} {} after {} seemed to resolve it", run.id(), run.component(), trigger,
                closedFor, resolvedBy);
        events.publish(new IncidentReopened(now, run.component(), run.id(), trigger, closedFor, resolvedBy));
        requestPass(run);
    }

    private void requestPass(IncidentRun run) {
        if (budget.tryAcquire(run)) {
            launch(run);
        }
    }

    private void launch(IncidentRun run) {
        run.running();
        launcher.accept(run);
    }

    private void retry(IncidentRun run) {
        synchronized (lock) {
            if (!closed && run.isOpen() && run.phase() == IncidentRun.Phase.WAITING) {
                requestPass(run);
            }
        }
    }

    private void escalate(IncidentRun run, String lastFailure) {
        Duration retryIn = run.escalate(options.maxEscalationBackoff());
        run.waiting(scheduler.schedule(retryIn, () -> retry(run)));
        LOG.warn("{}: every repair of {} failed in pass {} ({}); next pass in {}", run.id(), run.component(),
                run.passes(), lastFailure, retryIn);
        events.publish(new IncidentEscalated(scheduler.now(), run.component(), run.id(), run.passes(), retryIn,
                lastFailure));
    }

    private void close(IncidentRun run, String resolvedBy) {
        Instant now = scheduler.now();
        run.close(now, resolvedBy);
        open.remove(run.component());
        lastClosed.put(run.component(), run);
        Duration mttr = Duration.between(run.openedAt(), now);
        LOG.info("{} closed for {}: resolved by {} after {} steps, mttr {}", run.id(), run.component(), resolvedBy,
                run.stepCount(), mttr);
        events.publish(new IncidentClosed(now, run.component(), run.id(), mttr, resolvedBy, run.stepCount()));
    }
}
