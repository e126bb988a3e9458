package io.hms.core.healer;

import io.hms.core.time.Cancellable;
import io.hms.core.time.ManualScheduler;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A manual clock that tells when a one-shot timer of a given delay has been set, so a test advances time
 * only once the deadline it means to pass is really scheduled.
 */
final class TimerSignals implements Scheduler {

    private record Wait(Duration delay, CompletableFuture<Void> set) {
    }

    private final ManualScheduler clock;
    private final List<Wait> waits = new CopyOnWriteArrayList<>();

    TimerSignals(ManualScheduler clock) {
        this.clock = clock;
    }

    /** Completes when the next one-shot timer of {@code delay} is set. */
    CompletableFuture<Void> scheduled(Duration delay) {
        Wait wait = new Wait(delay, new CompletableFuture<>());
        waits.add(wait);
        return wait.set();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Cancellable timer = clock.schedule(delay, task);
        for (Wait wait : waits) {
            if (wait.delay().equals(delay) && wait.set().complete(null)) {
                waits.remove(wait);
            }
        }
        return timer;
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public long nanoTime() {
        return clock.nanoTime();
    }

    @Override
    public Cancellable scheduleAtFixedRate(Duration period, Runnable task) {
        return clock.scheduleAtFixedRate(period, task);
    }

    @Override
    public void sleepNanos(long nanos) {
        clock.sleepNanos(nanos);
    }
}
