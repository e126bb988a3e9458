package io.hms.core.guard.internal;

import io.hms.api.event.BreakerState;

/**
 * One state of a {@link BreakerMachine}: it answers "may I call?" and "what happened?". A state
 * object is replaced (by compare-and-set) only on a transition; a policy swap changes what the state
 * reads, not the state.
 */
public abstract sealed class BreakerStateBase permits ClosedState, OpenState, HalfOpenState {

    /** The state this object stands for. */
    public abstract BreakerState state();

    /** Whether a call may proceed now; may transition (OPEN to HALF_OPEN). */
    abstract boolean tryAcquire(BreakerMachine machine);

    /** Gives back a permission that was granted but not used. */
    abstract void release(BreakerMachine machine);

    /** Records the outcome ({@link Outcomes}) of a permitted call; may transition. */
    abstract void onResult(BreakerMachine machine, int outcome);
}
