package io.hms.core.chaos.experiment;

import io.hms.api.optimize.CallRecords;
import io.hms.core.guard.GuardStats;
import java.time.Duration;
import java.util.Set;

/**
 * What an experiment reads of the system it breaks: the guard's counters and trace of a component,
 * and whether components are healthy. The runtime supplies one built on its guards, monitor and
 * healer; tests supply their own.
 *
 * <pre>{@code
 * Experiments experiments = new Experiments(chaos, view, scheduler, events);
 * }</pre>
 *
 * <p>Implementations must be thread-safe; experiments call them on the scheduler thread.
 */
public interface SystemView {

    /** The counters of {@code component}'s guard now. */
    GuardStats.Snapshot stats(String component);

    /** The recent attempts of {@code component}'s guard. */
    CallRecords trace(String component);

    /**
     * Makes {@code component}'s guard record its attempts from now on, if it does not yet: a guard's trace
     * records only once started ({@link io.hms.core.guard.CallTrace#start()}). An experiment calls it when
     * it begins, before its first measurement. The default does nothing, for views whose traces always
     * record.
     */
    default void recordTrace(String component) {
    }

    /**
     * Whether {@code component} is back to normal: not judged DOWN, its breaker CLOSED, and no incident
     * of it open.
     */
    boolean settled(String component);

    /**
     * How long from now until the attempts of {@code component} already running have ended or met their
     * deadline, as the guard's current policy sets it ({@link io.hms.core.guard.Guard#longestAttempt()}).
     * An experiment waits this long after the component settles before it measures the steady state
     * again, so attempts begun under the fault are not judged as the recovered system's. Zero means
     * "do not wait": the default, and the answer when no deadline bounds the attempts.
     */
    default Duration inFlightDrain(String component) {
        return Duration.ZERO;
    }

    /** The components the monitor judges DOWN now. */
    Set<String> down();
}
