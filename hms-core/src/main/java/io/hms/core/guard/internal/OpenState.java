package io.hms.core.guard.internal;

import io.hms.api.event.BreakerState;

/**
 * OPEN: calls are refused. The first call that arrives after the open duration (read from the
 * current policy, counted from {@link #openedAtNanos()}) moves the breaker to HALF_OPEN. An OPEN state
 * {@linkplain #heldByCluster() held by the cluster} refuses until it is released, whatever the duration.
 */
public final class OpenState extends BreakerStateBase {

    private final long openedAtNanos;
    private final boolean heldByCluster;

    OpenState(long openedAtNanos) {
        this(openedAtNanos, false);
    }

    OpenState(long openedAtNanos, boolean heldByCluster) {
        this.openedAtNanos = openedAtNanos;
        this.heldByCluster = heldByCluster;
    }

    /** Whether the cluster's evidence holds it open, rather than this breaker's own calls. */
    public boolean heldByCluster() {
        return heldByCluster;
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
        if (heldByCluster) {
            return false;
        }
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
