package io.hms.core.guard.replay;

import io.hms.api.event.BreakerState;
import io.hms.api.event.HmsEvent;
import io.hms.api.policy.BreakerPolicy;
import io.hms.core.guard.internal.BreakerMachine;
import io.hms.core.time.Scheduler;
import java.util.function.Consumer;

/**
 * A live guard's circuit breaker for one thread: the same CLOSED, OPEN and HALF_OPEN states, sliding
 * window and thresholds, timed by the given clock, with its window on plain fields.
 *
 * <pre>{@code
 * ReplayBreaker breaker = new ReplayBreaker("inventory", policy, virtualClock, transitions::add);
 * if (breaker.tryAcquirePermission()) {
 *     breaker.onError(latencyNanos);     // or onSuccess
 * }
 * }</pre>
 *
 * Not thread-safe: one thread drives it.
 */
public final class ReplayBreaker {

    private final BreakerMachine machine;

    /**
     * @param name   the component, named in the transitions
     * @param policy the breaker's policy
     * @param clock  the clock of open durations and slow calls (a simulation's virtual time)
     * @param events receives every {@code BreakerTransition}, on the calling thread
     */
    public ReplayBreaker(String name, BreakerPolicy policy, Scheduler clock, Consumer<? super HmsEvent> events) {
        this.machine = new BreakerMachine(name, policy, clock, events, true);
    }

    /** Whether a call may go ahead now; a permission taken must end in one of the three calls below. */
    public boolean tryAcquirePermission() {
        return machine.tryAcquirePermission();
    }

    /** Gives back a permission for a call that did not run after all. */
    public void releasePermission() {
        machine.releasePermission();
    }

    /** A permitted call succeeded after {@code nanos}. */
    public void onSuccess(long nanos) {
        machine.onSuccess(nanos);
    }

    /** A permitted call failed after {@code nanos}. */
    public void onError(long nanos) {
        machine.onError(nanos);
    }

    /** The state now. */
    public BreakerState state() {
        return machine.state().state();
    }
}
