package io.hms.core.healer;

import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentEscalated;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.RepairAttempted;
import io.hms.core.event.EventBus;
import io.hms.core.monitor.HealthProbe;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.time.Cancellable;
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
 * The healer's state machine: which components have an open incident, which are cooling down, which
 * incidents wait for a repair slot, and what happens when a pass ends.
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
    private final HealthProbe probe;
    private final HealerOptions options;
    private final Consumer<IncidentRun> launcher;
    private final RepairBudget budget;
    private final IncidentLog log;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, IncidentRun> open = new HashMap<>();
    private final Map<String, Instant> lastClosed = new HashMap<>();
    private final Map<String, Cancellable> deferred = new HashMap<>();
    private boolean closed;

    Triage(FunctionRegistry registry, EventBus events, Scheduler scheduler, HealthProbe probe, HealerOptions options,
           int historyLimit, Consumer<IncidentRun> launcher) {
        this.registry = registry;
        this.events = events;
        this.scheduler = scheduler;
        this.probe = probe;
        this.options = options;
        this.launcher = launcher;
        this.budget = new RepairBudget(options.maxConcurrentRepairs());
        this.log = new IncidentLog(historyLimit);
    }

    /**
     * The component went DOWN or its breaker opened. Ignored while an incident is open; held back to the
     * end of the cooldown after the last incident closed; otherwise opens an incident.
     */
    void trigger(String component, String trigger, String reason) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            IncidentRun run = open.get(component);
            if (run != null) {
                run.stillDown();
                return;
            }
            Instant now = scheduler.now();
            Instant last = lastClosed.get(component);
            if (last != null && now.isBefore(last.plus(options.cooldown()))) {
                if (!deferred.containsKey(component)) {
                    Duration wait = Duration.between(now, last.plus(options.cooldown()));
                    LOG.info("{} failed again {} after its last incident; looking again in {}", component,
                            Duration.between(last, now), wait);
                    deferred.put(component, scheduler.schedule(wait, () -> afterCooldown(component, trigger)));
                }
                return;
            }
            openIncident(component, trigger, reason);
        }
    }

    /** The monitor says the component works again (UP or DEGRADED). */
    void recovered(String component) {
        synchronized (lock) {
            IncidentRun run = open.get(component);
            if (closed || run == null) {
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
                    if (run.hasRecoveredMeanwhile()) {
                        close(run, Incident.SELF);
                    } else {
                        escalate(run, exhausted.lastFailure());
                    }
                }
                case RepairPass.LockBusy busy -> {
                    if (run.hasRecoveredMeanwhile()) {
                        close(run, Incident.SELF);
                    } else {
                        LOG.info("{} waits: {}; retrying in {}", run.id(), busy.detail(), options.escalationBackoff());
                        run.waiting(scheduler.schedule(options.escalationBackoff(), () -> retry(run)));
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
            deferred.values().forEach(Cancellable::cancel);
            deferred.clear();
            budget.clear();
        }
    }

    private void openIncident(String component, String trigger, String reason) {
        if (registry.component(component).isEmpty()) {
            LOG.warn("ignoring '{}' for '{}': no such component is declared", trigger, component);
            return;
        }
        Instant now = scheduler.now();
        IncidentRun run = new IncidentRun("inc-" + ids.incrementAndGet(), component, trigger, reason, now,
                options.escalationBackoff());
        open.put(component, run);
        log.add(run);
        LOG.warn("{} opened for {}: {}", run.id(), component, trigger);
        events.publish(new IncidentOpened(now, component, run.id(), trigger));
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
        lastClosed.put(run.component(), now);
        Duration mttr = Duration.between(run.openedAt(), now);
        LOG.info("{} closed for {}: resolved by {} after {} steps, mttr {}", run.id(), run.component(), resolvedBy,
                run.stepCount(), mttr);
        events.publish(new IncidentClosed(now, run.component(), run.id(), mttr, resolvedBy, run.stepCount()));
    }

    /** On the scheduler thread at the end of a cooldown: probe, and open an incident if still DOWN. */
    private void afterCooldown(String component, String trigger) {
        try {
            probe.probe(component).whenComplete((health, error) -> deferredVerdict(component, trigger, health));
        } catch (RuntimeException e) {
            LOG.warn("cannot probe {} after its cooldown", component, e);
            synchronized (lock) {
                deferred.remove(component);
            }
        }
    }

    private void deferredVerdict(String component, String trigger, Health health) {
        synchronized (lock) {
            deferred.remove(component);
            if (closed || open.containsKey(component)) {
                return;
            }
            if (health != null && health.status() == HealthStatus.DOWN) {
                openIncident(component, trigger + " (after cooldown)", health.reason());
            } else {
                LOG.info("{} is healthy at the end of its cooldown; no incident", component);
            }
        }
    }
}
