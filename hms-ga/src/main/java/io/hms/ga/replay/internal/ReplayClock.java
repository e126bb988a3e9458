package io.hms.ga.replay.internal;

import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;

/**
 * The virtual clock of one replay: the event loop sets the time before it drives the guard pieces, which
 * read it through {@link Scheduler#nanoTime()}. Reading and setting allocate nothing. The replay drives
 * the breaker and limiter by hand, so nothing is scheduled on it: {@link #schedule} and
 * {@link #scheduleAtFixedRate} refuse. Not thread-safe: one replay, one thread.
 */
public final class ReplayClock implements Scheduler {

    private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

    private long nanos;

    /** Moves the clock to {@code nanos}. */
    public void set(long nanos) {
        this.nanos = nanos;
    }

    @Override
    public Instant now() {
        return ORIGIN.plusNanos(nanos);
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        throw new UnsupportedOperationException("a replay clock runs no tasks; drive the breaker by hand");
    }

    @Override
    public Cancellable scheduleAtFixedRate(Duration period, Runnable task) {
        throw new UnsupportedOperationException("a replay clock runs no tasks; drive the breaker by hand");
    }

    @Override
    public void sleepNanos(long sleep) {
        nanos += Math.max(0, sleep);
    }
}
