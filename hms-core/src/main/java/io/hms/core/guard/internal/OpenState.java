package io.hms.core.guard.internal;

import io.hms.api.event.BreakerState;

/**
 * OPEN: calls are refused. The first call that arrives after the open duration (read from the
 * current policy, counted from {@link #openedAtNanos()}) moves the breaker to HALF_OPEN.
 */
public final class OpenState extends BreakerStateBase {

    private final long openedAtNanos;

    OpenState(long openedAtNanos) {
        this.openedAtNanos = openedAtNanos;
    }

    /** When the breaker opened, on the scheduler's monotonic clock. */
    public long openedAtNanos() {
        return openedAtNanos;
    }

    @Override
    public BreakerState state() {
        return BreakerState.OPEN;
    }

    @Override
    boolean tryAcquire(BreakerMachine machine) {
        BreakerConfig config = machine.config();
        long openFor = machine.nanoTime() - openedAtNanos;
        if (openFor < config.openNanos()) {
            return false;
        }
        HalfOpenState halfOpen = new HalfOpenState(config.policy().halfOpenProbes());
        machine.transition(this, halfOpen, "open for " + config.policy().openDuration() + ", probing with "
                + config.policy().halfOpenProbes() + " calls");
        return machine.state().tryAcquire(machine);
    }

    @Override
    void release(BreakerMachine machine) {
        // nothing was taken
    }

    @Override
    void onResult(BreakerMachine machine, int outcome) {
        // a call permitted before the breaker opened: it no longer counts
    }
}
