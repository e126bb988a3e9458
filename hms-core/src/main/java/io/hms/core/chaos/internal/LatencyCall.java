package io.hms.core.chaos.internal;

import io.hms.core.guard.CallFault;
import io.hms.core.time.Scheduler;
import java.util.concurrent.ThreadLocalRandom;

/** Waits {@code delayNanos} of the scheduler's time before a share of the attempts. Thread-safe. */
public final class LatencyCall implements CallFault {

    private final Scheduler scheduler;
    private final long delayNanos;
    private final double fraction;

    /** @param scheduler whose time is waited; @param delayNanos how long; @param fraction the share, (0, 1] */
    public LatencyCall(Scheduler scheduler, long delayNanos, double fraction) {
        this.scheduler = scheduler;
        this.delayNanos = delayNanos;
        this.fraction = fraction;
    }

    @Override
    public void beforeAttempt() throws InterruptedException {
        if (fraction >= 1.0 || ThreadLocalRandom.current().nextDouble() < fraction) {
            scheduler.sleepNanos(delayNanos);
        }
    }
}
