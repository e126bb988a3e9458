package io.hms.core.guard.internal;

/** The limit never moves. */
public final class FixedLimit implements LimitStrategy {

    @Override
    public double next(double current, long latencyNanos, boolean dropped, int inFlight) {
        return current;
    }
}
