package io.hms.core.monitor;

import io.hms.api.Durations;
import io.hms.api.policy.HealthPolicy;
import io.hms.core.registry.RegisteredFunction;
import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One scheduled health check: its timer, whether a run is in flight, and its {@link Hysteresis}.
 * The timer and judgement are guarded by the owning {@link ComponentWatch}; the in-flight flag is
 * atomic because ticks and results arrive on different threads. Its timer's ticks and its runs' starts are
 * heartbeats by which the supervisor tells a check that stopped ({@link #death}).
 */
final class CheckRunner {

    private final RegisteredFunction function;
    private final Hysteresis judge;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private Cancellable timer;
    private Duration interval;
    private volatile long lastTick;
    private volatile long runStarted;
    private volatile long lastRunNanos = -1;

    CheckRunner(RegisteredFunction function, Hysteresis judge) {
        this.function = function;
        this.judge = judge;
    }

    /** A runner with a fresh judgement, UP at {@code start}. */
    static CheckRunner of(RegisteredFunction function, Instant start) {
        return new CheckRunner(function, new Hysteresis(start));
    }

    RegisteredFunction function() {
        return function;
    }

    Hysteresis judge() {
        return judge;
    }

    /** Claims the next run at {@code now} (scheduler nanos); false while the previous run is still in flight. */
    boolean tryBeginRun(long now) {
        if (!inFlight.compareAndSet(false, true)) {
            return false;
        }
        runStarted = now;
        return true;
    }

    /** Its timer fired at {@code now} (scheduler nanos): a heartbeat. */
    void ticked(long now) {
        lastTick = now;
    }

    /** The run that began last gave its result at {@code now} (scheduler nanos): how long it took is kept. */
    void answered(long now) {
        lastRunNanos = Math.max(0, now - runStarted);
    }

    /**
     * How long its last run took, in milliseconds, or how long the run in flight has taken so far when that
     * is longer (a check that hangs shows as slower and slower); NaN before any run answered or began.
     */
    double latencyMillis(long now) {
        long last = lastRunNanos;
        long running = inFlight.get() ? now - runStarted : -1;
        long worst = Math.max(last, running);
        return worst < 0 ? Double.NaN : worst / 1e6;
    }

    /** Marks the run over, so the next tick may start another. */
    void endRun() {
        inFlight.set(false);
    }

    /** Its interval under {@code policy}: its own, or the policy's when its own is zero. */
    Duration interval(HealthPolicy policy) {
        Duration own = function.descriptor().interval();
        return own.isZero() ? policy.interval() : own;
    }

    /** Whether its timer runs at another interval than {@code policy} asks for. */
    boolean needsReschedule(HealthPolicy policy) {
        return !interval(policy).equals(interval);
    }

    /** (Re)starts its timer at the interval {@code policy} gives it. */
    void schedule(Scheduler scheduler, HealthPolicy policy, Runnable tick) {
        cancel();
        interval = interval(policy);
        lastTick = scheduler.nanoTime();
        timer = scheduler.scheduleAtFixedRate(interval, tick);
    }

    /**
     * Why it no longer runs at {@code now} (scheduler nanos), or empty: its timer was dropped, its timer has
     * been silent for two intervals and {@code slack}, or a run has been in flight past its {@code timeout}, two
     * intervals and {@code slack} (its result never came, so no later tick may start one).
     */
    Optional<String> death(long now, Duration timeout, Duration slack) {
        if (timer == null) {
            return Optional.of("its timer was dropped");
        }
        long silent = now - lastTick;
        if (silent > interval.multipliedBy(2).plus(slack).toNanos()) {
            return Optional.of("its timer has been silent for " + Durations.format(Duration.ofNanos(silent))
                    + " (interval " + Durations.format(interval) + ")");
        }
        long running = now - runStarted;
        if (inFlight.get() && running > stuckAfter(timeout).plus(slack).toNanos()) {
            return Optional.of("its run has been in flight for " + Durations.format(Duration.ofNanos(running))
                    + ", past its timeout " + Durations.format(timeout));
        }
        return Optional.empty();
    }

    /**
     * Brings it back after {@link #death}: a run stuck in flight is let go (a result it still gives is
     * recorded), and its timer starts again.
     */
    void restart(Scheduler scheduler, HealthPolicy policy, Duration timeout, Runnable tick) {
        if (inFlight.get() && scheduler.nanoTime() - runStarted > stuckAfter(timeout).toNanos()) {
            endRun();
        }
        schedule(scheduler, policy, tick);
    }

    private Duration stuckAfter(Duration timeout) {
        return timeout.plus(interval.multipliedBy(2));
    }

    /** Stops its timer; a run in flight finishes, and its result is ignored by the watch. */
    void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
