package io.hms.core.chaos.experiment;

import io.hms.api.Subscription;
import io.hms.api.event.HmsEvent;
import io.hms.core.chaos.Chaos;
import io.hms.core.chaos.ChaosDisabledException;
import io.hms.core.event.EventBus;
import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Experiment}s on demand or on a schedule, one at a time, and keeps their reports.
 *
 * <pre>{@code
 * ExperimentReport report = hms.experiments().run(experiment).get(40, TimeUnit.SECONDS);
 * Cancellable nightly = hms.experiments().schedule(experiment, Duration.ofHours(24));
 * }</pre>
 *
 * <p>How a run goes: the steady state is measured over one window (a run whose system is not steady is
 * aborted without injecting); the fault is injected; the run watches, every 10 ms of the scheduler's
 * time, for the first alarm (from events, or from the system's state), for the fault's end and for the
 * component to settle; waits until the attempts begun under the fault have met their deadline (the
 * guard's timeout and watchdog resolution, {@link SystemView#inFlightDrain}) and the component is
 * settled still; then measures the steady state over one more window and judges the expectations. Give
 * the experiment a deadline that leaves room for that wait: a run still waiting at its deadline is
 * aborted.
 * It is aborted, its fault reverted, when it leaves the blast radius or reaches its deadline.
 *
 * <p>Guarantees: refused with {@link ChaosDisabledException} when chaos is disabled; a run never outlives
 * its deadline; every report is immutable; {@link #close()} aborts the running experiment and cancels the
 * schedules. Thread-safe.
 */
public final class Experiments implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Experiments.class);
    private static final int HISTORY = 100;

    private final Chaos chaos;
    private final SystemView view;
    private final Scheduler scheduler;
    private final EventBus events;
    private final ArrayDeque<ExperimentReport> reports = new ArrayDeque<>();
    private final List<Consumer<? super ExperimentReport>> listeners = new CopyOnWriteArrayList<>();
    private final List<Cancellable> schedules = new CopyOnWriteArrayList<>();
    private ExperimentRun running;
    private boolean closed;

    /**
     * @param chaos     injects the faults
     * @param view      what the runs measure
     * @param scheduler the clock and the runs' timers
     * @param events    the bus whose events make the runs' timelines and alarms
     */
    public Experiments(Chaos chaos, SystemView view, Scheduler scheduler, EventBus events) {
        this.chaos = Objects.requireNonNull(chaos, "chaos");
        this.view = Objects.requireNonNull(view, "view");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Starts a run of {@code experiment} now.
     *
     * @return completes with the report when the run ends, at the latest at the experiment's deadline
     * @throws ChaosDisabledException if chaos is disabled
     * @throws IllegalStateException  if another experiment is running, or closed
     */
    public CompletableFuture<ExperimentReport> run(Experiment experiment) {
        Objects.requireNonNull(experiment, "experiment");
        if (!chaos.enabled()) {
            throw new ChaosDisabledException("run experiment '" + experiment.name() + "'");
        }
        ExperimentRun run;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("experiments are closed");
            }
            if (running != null) {
                throw new IllegalStateException("experiment '" + experiment.name() + "' cannot start while another "
                        + "runs; wait for its report");
            }
            run = new ExperimentRun(experiment, chaos, view, scheduler);
            running = run;
        }
        LOG.info("experiment {} started: {} on {} for {} ms", experiment.name(), experiment.fault().kind().tag(),
                experiment.fault().target(), experiment.faultDuration().toMillis());
        Subscription subscription;
        try {
            subscription = events.subscribe(HmsEvent.class, run::onEvent);
        } catch (RuntimeException e) {
            synchronized (this) {
                running = null;
            }
            throw e;
        }
        return run.start().whenComplete((report, error) -> {
            subscription.close();
            ended(run, report);
        });
    }

    private void ended(ExperimentRun run, ExperimentReport report) {
        synchronized (this) {
            if (running == run) {
                running = null;
            }
            if (reports.size() == HISTORY) {
                reports.removeFirst();
            }
            reports.addLast(report);
        }
        LOG.info("experiment {} {}", report.experiment().name(), report.summary());
        for (Consumer<? super ExperimentReport> listener : listeners) {
            try {
                listener.accept(report);
            } catch (RuntimeException e) {
                LOG.warn("a report listener failed on {}", report.experiment().name(), e);
            }
        }
    }

    /**
     * Runs {@code experiment} every {@code period}, first after one period; a run due while another is
     * running is skipped and logged.
     *
     * @return cancelling it stops the schedule (a run in progress finishes)
     */
    public Cancellable schedule(Experiment experiment, Duration period) {
        Objects.requireNonNull(experiment, "experiment");
        if (!chaos.enabled()) {
            throw new ChaosDisabledException("schedule experiment '" + experiment.name() + "'");
        }
        Cancellable timer = scheduler.scheduleAtFixedRate(period, () -> {
            try {
                run(experiment);
            } catch (IllegalStateException e) {
                LOG.info("scheduled experiment {} skipped: {}", experiment.name(), e.getMessage());
            }
        });
        schedules.add(timer);
        return () -> {
            timer.cancel();
            schedules.remove(timer);
        };
    }

    /** Tells {@code listener} of every later report, on the thread that ended the run. */
    public Subscription onReport(Consumer<? super ExperimentReport> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /** The last 100 reports, oldest first. */
    public synchronized List<ExperimentReport> reports() {
        return List.copyOf(reports);
    }

    /** Cancels the schedules and aborts the running experiment, reverting its fault. Idempotent. */
    @Override
    public void close() {
        ExperimentRun run;
        synchronized (this) {
            closed = true;
            run = running;
        }
        schedules.forEach(Cancellable::cancel);
        if (run != null) {
            run.abort("closed");
        }
    }
}
