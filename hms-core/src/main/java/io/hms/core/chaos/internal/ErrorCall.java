package io.hms.core.chaos.internal;

import io.hms.core.chaos.fault.InjectedFailureException;
import io.hms.core.guard.CallFault;
import java.util.concurrent.ThreadLocalRandom;

/** Fails a share of the attempts with an {@link InjectedFailureException}. Thread-safe. */
public final class ErrorCall implements CallFault {

    private final InjectedFailureException failure;
    private final double fraction;

    /** @param faultId the fault named in the exception; @param fraction the share of attempts, (0, 1] */
    public ErrorCall(String faultId, double fraction) {
        this.failure = new InjectedFailureException(faultId);
        this.fraction = fraction;
    }

    @Override
    public void beforeAttempt() {
        if (fraction >= 1.0 || ThreadLocalRandom.current().nextDouble() < fraction) {
            throw failure;
        }
    }
}
