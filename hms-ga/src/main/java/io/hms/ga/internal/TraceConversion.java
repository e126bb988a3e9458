package io.hms.ga.internal;

import io.hms.api.optimize.CallRecords;
import io.hms.core.guard.CallOutcome;
import io.hms.core.guard.TraceSnapshot;

/** Converts between the optimizer SPI's {@link CallRecords} and the guard's {@link TraceSnapshot}. */
public final class TraceConversion {

    private TraceConversion() {
    }

    /** The snapshot holding the same attempts as {@code calls}. */
    public static TraceSnapshot toSnapshot(CallRecords calls) {
        CallRecords.Outcome[] outcomes = calls.outcomes();
        CallOutcome[] mapped = new CallOutcome[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            mapped[i] = switch (outcomes[i]) {
                case SUCCESS -> CallOutcome.SUCCESS;
                case FAILURE -> CallOutcome.FAILURE;
                case TIMEOUT -> CallOutcome.TIMEOUT;
                case REJECTED -> CallOutcome.REJECTED;
            };
        }
        return TraceSnapshot.of(calls.startNanos(), calls.latencyNanos(), mapped);
    }

    /** The records holding the same attempts as {@code trace}. */
    public static CallRecords toRecords(TraceSnapshot trace) {
        CallOutcome[] outcomes = trace.outcomes();
        CallRecords.Outcome[] mapped = new CallRecords.Outcome[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            mapped[i] = switch (outcomes[i]) {
                case SUCCESS -> CallRecords.Outcome.SUCCESS;
                case FAILURE -> CallRecords.Outcome.FAILURE;
                case TIMEOUT -> CallRecords.Outcome.TIMEOUT;
                case REJECTED -> CallRecords.Outcome.REJECTED;
            };
        }
        return new CallRecords(trace.startNanos(), trace.latencyNanos(), mapped);
    }
}
