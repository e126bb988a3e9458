package io.hms.core.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The source of time and timers for every agent.
 *
 * <p>Scheduled tasks run on the scheduler's own thread and must be short: an agent that has real work
 * to do (a health check, a repair) hands it to a virtual thread. Implementations are thread-safe.
 *
 * <pre>{@code
 * ManualScheduler time = new ManualScheduler();
 * Hms hms = Hms.builder().scheduler(time)...build();
 * time.advance(Duration.ofSeconds(10));   // runs everything due in those ten seconds
 * }</pre>
 */
public interface Scheduler {

    /** Wall-clock time, for event stamps. */
    Instant now();

    /** Monotonic time in nanoseconds, for measuring durations; only differences are meaningful. */
    long nanoTime();

    /** Runs {@code task} once after {@code delay}. */
    Cancellable schedule(Duration delay, Runnable task);

    /**
     * Runs {@code task} every {@code period}, first after one period, until cancelled. A task that
     * throws (whatever it throws) is logged and keeps its schedule.
     */
    Cancellable scheduleAtFixedRate(Duration period, Runnable task);

    /** Waits {@code nanos} of this scheduler's time on the calling thread. */
    void sleepNanos(long nanos) throws InterruptedException;
}
