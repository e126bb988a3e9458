package io.hms.core.healer;

import io.hms.core.time.Cancellable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The mutable state of one incident while the healer works on it. Guarded by the {@link Triage}'s
 * lock; {@link #snapshot()} gives the immutable {@link Incident}.
 */
final class IncidentRun {

    /** How many steps an incident keeps: a component that stays broken for days runs steps for days. */
    static final int KEPT_STEPS = 64;

    /** Where the incident stands. */
    enum Phase {
        /** Waiting for a repair slot, a lock retry or the escalation backoff; no step runs. */
        WAITING,
        /** A pass is under way (taking the lock, repairing, verifying). */
        RUNNING,
        /** Over. */
        CLOSED
    }

    /** What tells that the component fails: its health checks, or its callers through the breaker. */
    enum Signal {
        /** The monitor judged the component DOWN. */
        HEALTH,
        /** The component's breaker opened. */
        BREAKER
    }

    private final String id;
    private final String component;
    private final String trigger;
    private String reason;
    private final Instant openedAt;
    private boolean healthDown;
    private boolean breakerOpen;
    private String resumeAfter;
    private final ArrayDeque<IncidentStep> steps = new ArrayDeque<>();
    private int stepsRun;
    private Phase phase = Phase.WAITING;
    private int passes;
    private Duration nextBackoff;
    private Cancellable timer;
    private boolean recoveredMeanwhile;
    private boolean early;
    private Instant closedAt;
    private String resolvedBy;

    IncidentRun(String id, String component, String trigger, String reason, Instant openedAt, Duration firstBackoff) {
        this.id = id;
        // the signals are set by the triage as it learns them
        this.component = component;
        this.trigger = trigger;
        this.reason = reason;
        this.openedAt = openedAt;
        this.nextBackoff = firstBackoff;
    }

    String id() {
        return id;
    }

    String component() {
        return component;
    }

    String trigger() {
        return trigger;
    }

    /** Why it opened, as told to the repairs. */
    String reason() {
        return reason;
    }

    Instant openedAt() {
        return openedAt;
    }

    Phase phase() {
        return phase;
    }

    boolean isOpen() {
        return phase != Phase.CLOSED;
    }

    int passes() {
        return passes;
    }

    /** How many steps ran, those no longer kept included. */
    int stepCount() {
        return stepsRun;
    }

    /** A pass is launched. */
    void running() {
        phase = Phase.RUNNING;
    }

    /** The launched pass holds the lock and starts its steps; returns the pass number. */
    int beginPass() {
        return ++passes;
    }

    /** No step runs until {@code wakeUp} (a lock retry or the next pass) is due, or a slot frees. */
    void waiting(Cancellable wakeUp) {
        phase = Phase.WAITING;
        cancelTimer();
        timer = wakeUp;
    }

    /** Records a step, forgetting the oldest once {@value #KEPT_STEPS} are kept. */
    void addStep(IncidentStep step) {
        if (steps.size() == KEPT_STEPS) {
            steps.removeFirst();
        }
        steps.addLast(step);
        stepsRun++;
    }

    /** The wait before the next pass; doubles it for the one after, up to {@code max}. */
    Duration escalate(Duration max) {
        Duration wait = nextBackoff;
        Duration doubled = nextBackoff.multipliedBy(2);
        nextBackoff = doubled.compareTo(max) > 0 ? max : doubled;
        return wait;
    }

    /** {@code signal} says the component fails. */
    void failing(Signal signal) {
        if (signal == Signal.HEALTH) {
            healthDown = true;
        } else {
            breakerOpen = true;
        }
    }

    /** {@code signal} says the component works again. */
    void working(Signal signal) {
        if (signal == Signal.HEALTH) {
            healthDown = false;
        } else {
            breakerOpen = false;
        }
    }

    /** Whether a signal still says the component fails: the health checks, or the breaker not yet CLOSED. */
    boolean failing() {
        return healthDown || breakerOpen;
    }

    /**
     * The component failed again within the re-open window: the incident is open again, and its next pass
     * starts after the step that resolved it.
     */
    void reopen(String newReason) {
        phase = Phase.WAITING;
        resumeAfter = resolvedBy;
        reason = newReason;
        closedAt = null;
        resolvedBy = null;
        recoveredMeanwhile = false;
        early = false;
        healthDown = false;
        breakerOpen = false;
    }

    Instant closedAt() {
        return closedAt;
    }

    String resolvedBy() {
        return resolvedBy;
    }

    /**
     * Where the next pass starts in {@code plan}: after the step that resolved the incident before it was
     * re-opened (once), else at the first step.
     */
    int takeStart(List<PlannedStep> plan) {
        String after = resumeAfter;
        resumeAfter = null;
        for (int i = 0; after != null && i < plan.size(); i++) {
            if (plan.get(i).function().equals(after)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Opened on an anomaly, before any signal said the component fails. */
    void openedEarly() {
        early = true;
    }

    /**
     * Whether it was opened on an anomaly and still no signal says the component fails: a pass without a
     * verified step then ends it as recovered on its own instead of escalating.
     */
    boolean earlyAndServing() {
        return early && !failing();
    }

    /** The monitor said the component recovered while a pass ran; the pass's end decides. */
    void recoveredMeanwhile() {
        recoveredMeanwhile = true;
    }

    /** The component was reported failing again; an earlier recovery no longer counts. */
    void stillDown() {
        recoveredMeanwhile = false;
    }

    boolean hasRecoveredMeanwhile() {
        return recoveredMeanwhile;
    }

    void close(Instant at, String by) {
        phase = Phase.CLOSED;
        closedAt = at;
        resolvedBy = by;
        cancelTimer();
    }

    void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    Incident snapshot() {
        return new Incident(id, component, trigger, openedAt, closedAt,
                phase == Phase.CLOSED ? Incident.State.CLOSED : Incident.State.OPEN, List.copyOf(steps), passes, resolvedBy);
    }
}
