package io.hms.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheduler on a {@link ManualScheduler}'s clock that can lose its periodic tasks without telling anyone, as
 * a broken executor would: their owners' handles stay as they were, and the tasks never run again.
 */
public final class LossyScheduler implements Scheduler {

    private final ManualScheduler delegate;
    private final List<Cancellable> periodic = new ArrayList<>();

    /** @param delegate the clock and the timers */
    public LossyScheduler(ManualScheduler delegate) {
        this.delegate = delegate;
    }

    /** Every periodic task scheduled so far stops for good. */
    public synchronized void loseEverything() {
        periodic.forEach(Cancellable::cancel);
        periodic.clear();
    }

    @Override
    public Instant now() {
        return delegate.now();
    }

    @Override
    public long nanoTime() {
        return delegate.nanoTime();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        return delegate.schedule(delay, task);
    }

    @Override
    public synchronized Cancellable scheduleAtFixedRate(Duration period, Runnable task) {
        Cancellable timer = delegate.scheduleAtFixedRate(period, task);
        periodic.add(timer);
        return timer;
    }

    @Override
    public void sleepNanos(long nanos) {
        delegate.sleepNanos(nanos);
    }
}
