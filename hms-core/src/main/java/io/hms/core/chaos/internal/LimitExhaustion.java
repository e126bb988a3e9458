package io.hms.core.chaos.internal;

import io.hms.core.guard.ConcurrencyLimiter;

/** Takes every free place of a concurrency limiter, and gives them back. */
public final class LimitExhaustion implements Injection {

    private static final int MAX_PLACES = 1 << 20;

    private final ConcurrencyLimiter limiter;
    private int taken;

    /** @param limiter the guard's limiter */
    public LimitExhaustion(ConcurrencyLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public synchronized void apply() {
        while (taken < MAX_PLACES && limiter.tryAcquire()) {
            taken++;
        }
    }

    @Override
    public synchronized void revert() {
        for (; taken > 0; taken--) {
            limiter.giveBack(); // not a call: the limit learns nothing from it
        }
    }
}
