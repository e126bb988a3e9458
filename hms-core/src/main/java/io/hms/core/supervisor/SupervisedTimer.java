package io.hms.core.supervisor;

import io.hms.api.Durations;
import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A periodic task on a {@link Scheduler} that knows whether it still runs: each run is a heartbeat, and a
 * timer that was dropped, or has been silent for two periods and the supervisor's slack, is dead and
 * {@link #restart() rescheduled} by the supervisor.
 *
 * <pre>{@code
 * SupervisedTimer timer = SupervisedTimer.start("optimizer timer", scheduler, Duration.ofMinutes(5), task);
 * timer.cancel();   // for good: a cancelled timer is not dead, and is never restarted
 * }</pre>
 *
 * Thread-safe.
 */
public final class SupervisedTimer implements Lifeline, Cancellable {

    private final String name;
    private final Scheduler scheduler;
    private final Duration period;
    private final Runnable task;
    private Cancellable timer;
    private boolean cancelled;
    private volatile long lastBeat;

    private SupervisedTimer(String name, Scheduler scheduler, Duration period, Runnable task) {
        this.name = Objects.requireNonNull(name, "name");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.period = Objects.requireNonNull(period, "period");
        this.task = Objects.requireNonNull(task, "task");
    }

    /** Runs {@code task} every {@code period} on {@code scheduler}, first after one period, until cancelled. */
    public static SupervisedTimer start(String name, Scheduler scheduler, Duration period, Runnable task) {
        SupervisedTimer timer = new SupervisedTimer(name, scheduler, period, task);
        synchronized (timer) {
            timer.schedule();
        }
        return timer;
    }

    private void schedule() {
        lastBeat = scheduler.nanoTime();
        timer = scheduler.scheduleAtFixedRate(period, this::tick);
    }

    private void tick() {
        lastBeat = scheduler.nanoTime();
        task.run();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized Optional<String> death(Duration slack) {
        if (cancelled) {
            return Optional.empty();
        }
        if (timer == null) {
            return Optional.of("its timer was dropped");
        }
        long silent = scheduler.nanoTime() - lastBeat;
        return silent > period.multipliedBy(2).plus(slack).toNanos()
                ? Optional.of("its timer has been silent for " + Durations.format(Duration.ofNanos(silent))
                        + " (period " + Durations.format(period) + ")")
                : Optional.empty();
    }

    @Override
    public synchronized void restart() {
        if (cancelled || timer != null && scheduler.nanoTime() - lastBeat <= period.multipliedBy(2).toNanos()) {
            return;
        }
        if (timer != null) {
            timer.cancel();
        }
        schedule();
    }

    @Override
    public synchronized void crash(AgentCrash cause) {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** Stops it for good. */
    @Override
    public synchronized void cancel() {
        cancelled = true;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
