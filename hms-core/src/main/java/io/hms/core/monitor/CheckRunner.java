package io.hms.core.monitor;

import io.hms.api.policy.HealthPolicy;
import io.hms.core.registry.RegisteredFunction;
import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One scheduled health check: its timer, whether a run is in flight, and its {@link Hysteresis}.
 * The timer and judgement are guarded by the owning {@link ComponentWatch}; the in-flight flag is
 * atomic because ticks and results arrive on different threads.
 */
final class CheckRunner {

    private final RegisteredFunction function;
    private final Hysteresis judge;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private Cancellable timer;
    private Duration interval;

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

    /** Claims the next run; false while the previous run is still in flight. */
    boolean tryBeginRun() {
        return inFlight.compareAndSet(false, true);
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
        timer = scheduler.scheduleAtFixedRate(interval, tick);
    }

    /** Stops its timer; a run in flight finishes, and its result is ignored by the watch. */
    void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
