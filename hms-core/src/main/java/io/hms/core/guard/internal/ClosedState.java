package io.hms.core.guard.internal;

import io.hms.api.event.BreakerState;
import io.hms.api.policy.BreakerPolicy;

/**
 * CLOSED: every call passes and its outcome goes into the sliding window. The rates are judged only
 * when a failure or a slow call is recorded, since a fast success can only lower them.
 */
public final class ClosedState extends BreakerStateBase {

    @Override
    public BreakerState state() {
        return BreakerState.CLOSED;
    }

    @Override
    boolean tryAcquire(BreakerMachine machine) {
        return true;
    }

    @Override
    void release(BreakerMachine machine) {
        // nothing was taken
    }

    @Override
    void onResult(BreakerMachine machine, int outcome) {
        SlidingWindow window = machine.window();
        window.record(outcome);
        if ((outcome & (Outcomes.FAILED | Outcomes.SLOW)) != 0) {
            judge(machine, window);
        }
    }

    private void judge(BreakerMachine machine, SlidingWindow window) {
        BreakerPolicy policy = machine.config().policy();
        int calls = window.bufferedCalls();
        if (calls == 0 || calls < window.minimumCalls(policy)) {
            return;
        }
        float failureRate = window.failedCalls() * 100f / calls;
        float slowRate = window.slowCalls() * 100f / calls;
        String reason = null;
        if (failureRate >= policy.failureRateThreshold()) {
            reason = Reasons.rate("failure rate", failureRate, ">=", policy.failureRateThreshold(), calls);
        } else if (slowRate >= policy.slowCallRateThreshold()) {
            reason = Reasons.rate("slow-call rate", slowRate, ">=", policy.slowCallRateThreshold(), calls);
        }
        if (reason != null) {
            machine.transition(this, new OpenState(machine.nanoTime()), reason);
        }
    }
}
