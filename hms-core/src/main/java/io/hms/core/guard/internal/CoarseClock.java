package io.hms.core.guard.internal;

import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;

/**
 * A cached reading of the scheduler's monotonic clock, refreshed by a task every
 * {@link #resolutionNanos()}. Reading it is one volatile load instead of a clock call (about 20 ns
 * on virtualised hardware), for code that only compares durations far longer than the resolution,
 * such as a breaker's slow-call check. A reading lags real time by at most one resolution (more if
 * the scheduler's thread is starved, in which case latencies are under-reported, never inflated).
 *
 * <p>Thread-safe. {@link #stop()} cancels the refresh task.
 */
public final class CoarseClock {

    /** The finest resolution a clock is refreshed at. */
    public static final Duration FINEST = Duration.ofMillis(1);
    /** The coarsest resolution a clock is refreshed at. */
    public static final Duration COARSEST = Duration.ofMillis(50);

    private final Scheduler scheduler;
    private final long resolutionNanos;
    private final Cancellable task;
    private volatile long nanos;

    /** Starts refreshing every {@code resolution} on {@code scheduler}. */
    public CoarseClock(Scheduler scheduler, Duration resolution) {
        this.scheduler = scheduler;
        this.resolutionNanos = resolution.toNanos();
        this.nanos = scheduler.nanoTime();
        this.task = scheduler.scheduleAtFixedRate(resolution, this::refresh);
    }

    /** The resolution that keeps durations of {@code shortest} accurate to about 1 %, within bounds. */
    public static Duration resolutionFor(Duration shortest) {
        Duration hundredth = shortest.dividedBy(100);
        if (hundredth.compareTo(FINEST) < 0) {
            return FINEST;
        }
        return hundredth.compareTo(COARSEST) > 0 ? COARSEST : hundredth;
    }

    private void refresh() {
        nanos = scheduler.nanoTime();
    }

    /** The scheduler's monotonic time as of the last refresh. */
    public long nanoTime() {
        return nanos;
    }

    /** How often the reading is refreshed. */
    public long resolutionNanos() {
        return resolutionNanos;
    }

    /** Stops refreshing; the reading then stays where it is. */
    public void stop() {
        task.cancel();
    }
}
