package io.hms.core.chaos.experiment;

import io.hms.api.HealthStatus;
import io.hms.api.event.AgentRestarted;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.ComponentEvent;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentOpened;
import io.hms.core.chaos.ActiveFault;
import io.hms.core.chaos.Chaos;
import io.hms.core.chaos.fault.AgentCrashFault;
import io.hms.core.guard.GuardStats;
import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One run of an {@link Experiment}, driven by the scheduler: measure the steady state, inject, watch
 * for the alarm, the fault's end and the component settling, let the attempts begun under the fault
 * drain ({@link SystemView#inFlightDrain}), measure the steady state again, judge.
 * Ends early (fault reverted) on its deadline or outside the blast radius. Thread-safe: ticks and events
 * are handled under the run's lock.
 */
final class ExperimentRun {

    /** How often the run looks at the system. */
    static final Duration POLL = Duration.ofMillis(10);
    private static final long NONE = Long.MIN_VALUE;
    private static final Duration REVERT_GRACE = Duration.ofSeconds(1);
    private static final int TIMELINE_LIMIT = 1000;

    private enum Phase { BASELINE, FAULT, DRAIN, VERIFY, DONE }

    private final Experiment experiment;
    private final Chaos chaos;
    private final SystemView view;
    private final Scheduler scheduler;
    private final CompletableFuture<ExperimentReport> result = new CompletableFuture<>();
    private final List<HmsEvent> timeline = new ArrayList<>();
    private final Instant startedAt;
    private final long startNanos;
    private final GuardStats.Snapshot baseStats;
    private Phase phase = Phase.BASELINE;
    private Cancellable ticker;
    private Cancellable deadline;
    private SteadyState.Measurement before;
    private SteadyState.Measurement during;
    private SteadyState.Measurement after;
    private ActiveFault fault;
    private GuardStats.Snapshot injectStats;
    private long injectNanos = NONE;
    private long alarmNanos = NONE;
    private long revertNanos = NONE;
    private long recoveredNanos = NONE;
    private long drainedNanos = NONE;
    private long verifyNanos = NONE;
    private GuardStats.Snapshot verifyStats;
    private long lostCalls;
    private long calls;
    private Duration incidentMttr;

    ExperimentRun(Experiment experiment, Chaos chaos, SystemView view, Scheduler scheduler) {
        this.experiment = experiment;
        this.chaos = chaos;
        this.view = view;
        this.scheduler = scheduler;
        this.startedAt = scheduler.now();
        view.recordTrace(experiment.component()); // the latency of the steady state comes from the trace
        this.startNanos = scheduler.nanoTime();
        this.baseStats = view.stats(experiment.component());
    }

    /** Starts ticking; the future completes with the report. */
    synchronized CompletableFuture<ExperimentReport> start() {
        if (phase == Phase.DONE) {
            return result; // aborted before it started
        }
        ticker = scheduler.scheduleAtFixedRate(POLL, this::tick);
        deadline = scheduler.schedule(experiment.deadline(), () -> end("deadline of "
                + experiment.deadline().toMillis() + " ms reached while " + phase.name().toLowerCase()));
        return result;
    }

    /** Stops the run now, reverting its fault. */
    void abort(String reason) {
        end(reason);
    }

    private synchronized void end(String abortReason) {
        if (phase != Phase.DONE) {
            finish(abortReason);
        }
    }

    synchronized void onEvent(HmsEvent event) {
        if (phase == Phase.DONE || !relevant(event) || timeline.size() >= TIMELINE_LIMIT) {
            return;
        }
        timeline.add(event);
        if (injectNanos == NONE) {
            return;
        }
        long at = nanosOf(event.time());
        if (isAlarm(event) && at - injectNanos >= 0 && (alarmNanos == NONE || at - alarmNanos < 0)) {
            alarmNanos = at;
        }
        if (event instanceof IncidentClosed closed) {
            incidentMttr = closed.mttr();
        }
    }

    private boolean relevant(HmsEvent event) {
        return switch (event) {
            case ComponentEvent e -> e.component().equals(experiment.component());
            case ChaosInjected e -> true;
            case ChaosReverted e -> true;
            case AgentRestarted e -> experiment.fault() instanceof AgentCrashFault crash
                    && crash.agent().equals(e.agent());
            default -> false;
        };
    }

    /** Whether a relevant event raises the alarm: the component failing, or the crashed agent found dead. */
    private static boolean isAlarm(HmsEvent event) {
        return event instanceof HealthChanged h && h.current().status() == HealthStatus.DOWN
                || event instanceof BreakerTransition b && b.to() == BreakerState.OPEN
                || event instanceof IncidentOpened
                || event instanceof AgentRestarted;
    }

    private long nanosOf(Instant time) {
        return startNanos + Duration.between(startedAt, time).toNanos();
    }

    synchronized void tick() {
        long now = scheduler.nanoTime();
        switch (phase) {
            case BASELINE -> {
                if (now - startNanos >= experiment.steadyState().window().toNanos()) {
                    before = Measurements.since(view, experiment.component(), baseStats, startNanos);
                    if (!experiment.steadyState().holds(before)) {
                        finish("steady state did not hold before injection: " + before);
                    } else {
                        inject(now);
                    }
                }
            }
            case FAULT -> watchFault(now);
            case DRAIN -> verifyOnceDrained(now);
            case VERIFY -> {
                if (now - verifyNanos >= experiment.steadyState().window().toNanos()) {
                    after = Measurements.since(view, experiment.component(), verifyStats, verifyNanos);
                    finish(null);
                }
            }
            case DONE -> { }
        }
    }

    private void inject(long now) {
        injectStats = view.stats(experiment.component());
        injectNanos = now;
        try {
            fault = experiment.endsOnRepair()
                    ? chaos.injectUntilRepaired(experiment.fault(), experiment.faultDuration())
                    : chaos.inject(experiment.fault(), experiment.faultDuration());
            phase = Phase.FAULT;
        } catch (RuntimeException e) {
            injectNanos = NONE;
            finish("the fault could not be injected: " + e.getMessage());
        }
    }

    private void watchFault(long now) {
        String component = experiment.component();
        lostCalls = Measurements.lost(view, component, injectStats);
        if (lostCalls > experiment.blastRadius().maxLostCalls()) {
            finish("blast radius: " + lostCalls + " calls lost, more than " + experiment.blastRadius().maxLostCalls());
            return;
        }
        if (experiment.blastRadius().othersStayUp()) {
            Set<String> others = new HashSet<>(view.down());
            others.remove(component);
            if (!others.isEmpty()) {
                finish("blast radius: " + others + " went DOWN");
                return;
            }
        }
        boolean settled = view.settled(component);
        if (!settled && alarmNanos == NONE) {
            alarmNanos = now; // seen before its event arrived; an earlier event time replaces it
        }
        ChaosReverted reverted = fault.reverted().getNow(null);
        if (reverted != null && revertNanos == NONE) {
            revertNanos = nanosOf(reverted.time());
        }
        if (reverted != null && settled) {
            recoveredNanos = now;
            during = Measurements.since(view, component, injectStats, injectNanos);
            drainedNanos = now + view.inFlightDrain(component).toNanos();
            phase = Phase.DRAIN;
            verifyOnceDrained(now);
        }
    }

    private void verifyOnceDrained(long now) {
        // an attempt timing out while the run waits may upset the component again: wait for it to settle
        if (now - drainedNanos >= 0 && view.settled(experiment.component())) {
            verifyStats = view.stats(experiment.component());
            verifyNanos = now;
            phase = Phase.VERIFY;
        }
    }

    private void finish(String abortReason) {
        phase = Phase.DONE;
        if (ticker != null) {
            ticker.cancel();
            deadline.cancel();
        }
        if (fault != null) {
            fault.revert(abortReason == null ? "experiment ended" : "experiment aborted");
            if (revertNanos == NONE) {
                revertNanos = scheduler.nanoTime();
            }
            GuardStats.Snapshot d = view.stats(experiment.component()).minus(injectStats);
            calls = d.calls();
            lostCalls = Measurements.lost(view, experiment.component(), injectStats);
            if (during == null) {
                during = Measurements.since(view, experiment.component(), injectStats, injectNanos);
            }
        }
        List<ExpectationResult> results = Verdicts.judge(experiment, before, after, detection(), recovery(),
                lostCalls, revertLateness());
        boolean allPassed = results.stream().allMatch(ExpectationResult::passed);
        ExperimentReport.Outcome outcome = abortReason != null ? ExperimentReport.Outcome.ABORTED
                : allPassed ? ExperimentReport.Outcome.PASSED : ExperimentReport.Outcome.FAILED;
        ExperimentFigures figures = new ExperimentFigures(detection(), recovery(), between(injectNanos, revertNanos),
                Optional.ofNullable(incidentMttr), calls, lostCalls,
                during == null ? new SteadyState.Measurement(0, 0, Duration.ZERO) : during);
        result.complete(new ExperimentReport(experiment, outcome, abortReason == null ? "" : abortReason, startedAt,
                scheduler.now(), results, figures, timeline));
    }

    private Optional<Duration> detection() {
        return between(injectNanos, alarmNanos);
    }

    private Optional<Duration> recovery() {
        return between(alarmNanos != NONE ? alarmNanos : revertNanos, recoveredNanos);
    }

    /** How long after its deadline the fault was reverted; empty if never injected. */
    private Optional<Duration> revertLateness() {
        if (injectNanos == NONE || revertNanos == NONE) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(revertNanos - injectNanos).minus(experiment.faultDuration())
                .minus(REVERT_GRACE));
    }

    private static Optional<Duration> between(long from, long to) {
        return from == NONE || to == NONE ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(0, to - from)));
    }
}
