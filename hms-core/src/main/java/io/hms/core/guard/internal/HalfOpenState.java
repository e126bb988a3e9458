package io.hms.core.guard.internal;

import io.hms.api.event.BreakerState;
import io.hms.api.policy.BreakerPolicy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HALF_OPEN: a fixed number of probe calls pass. When the last probe completes, the breaker closes
 * (with a fresh window) if the probes' failure and slow-call rates are under the thresholds, and
 * opens again otherwise.
 */
public final class HalfOpenState extends BreakerStateBase {

    private final int probes;
    private final AtomicInteger permits;
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();

    private final boolean afterHold;

    HalfOpenState(int probes) {
        this(probes, false);
    }

    HalfOpenState(int probes, boolean afterHold) {
        this.probes = probes;
        this.permits = new AtomicInteger(probes);
        this.afterHold = afterHold;
    }

    /** Whether it probes because the cluster released its hold, not after opening on its own calls. */
    public boolean afterHold() {
        return afterHold;
    }

    @Override
    public BreakerState state() {
        return BreakerState.HALF_OPEN;
    }

    @Override
    boolean tryAcquire(BreakerMachine machine) {
        while (true) {
            int left = permits.get();
            if (left <= 0) {
                return false;
            }
            if (permits.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }

    @Override
    void release(BreakerMachine machine) {
        permits.incrementAndGet();
    }

    @Override
    void onResult(BreakerMachine machine, int outcome) {
        if ((outcome & Outcomes.FAILED) != 0) {
            failed.incrementAndGet();
        }
        if ((outcome & Outcomes.SLOW) != 0) {
            slow.incrementAndGet();
        }
        if (completed.incrementAndGet() == probes) {
            judge(machine);
        }
    }

    private void judge(BreakerMachine machine) {
        BreakerPolicy policy = machine.config().policy();
        float failureRate = failed.get() * 100f / probes;
        float slowRate = slow.get() * 100f / probes;
        if (failureRate >= policy.failureRateThreshold()) {
            machine.transition(this, new OpenState(machine.nanoTime()), "probes failed: "
                    + Reasons.rate("failure rate", failureRate, ">=", policy.failureRateThreshold(), probes));
        } else if (slowRate >= policy.slowCallRateThreshold()) {
            machine.transition(this, new OpenState(machine.nanoTime()), "probes slow: "
                    + Reasons.rate("slow-call rate", slowRate, ">=", policy.slowCallRateThreshold(), probes));
        } else {
            machine.window().clear();
            machine.transition(this, new ClosedState(), "probes healthy: "
                    + Reasons.rate("failure rate", failureRate, "<", policy.failureRateThreshold(), probes));
        }
    }
}
