package io.hms.core.chaos.experiment;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What an experiment expects of HMS once the fault is in: detected within a time (when the fault is one
 * the monitor or breaker should notice), recovered within a time, and at most so many calls lost
 * (calls that ended in an exception for the caller, the fallback notwithstanding).
 *
 * <pre>{@code
 * Expectations.recoveredWithin(Duration.ofSeconds(5)).detectedWithin(Duration.ofSeconds(1)).lostAtMost(0)
 * }</pre>
 *
 * @param detectWithin  the longest time from injection to the first alarm; null when no alarm is expected
 * @param recoverWithin the longest time from the first alarm (or, without one, the fault's end) to settled
 * @param maxLostCalls  the most calls that may be lost from injection to the end
 */
public record Expectations(Duration detectWithin, Duration recoverWithin, long maxLostCalls) {

    /** Validates the arguments. */
    public Expectations {
        if (detectWithin != null) {
            ExperimentChecks.positive(detectWithin, "detectWithin");
        }
        ExperimentChecks.positive(recoverWithin, "recoverWithin");
        if (maxLostCalls < 0) {
            throw new IllegalArgumentException("maxLostCalls must be >= 0, got " + maxLostCalls);
        }
    }

    /** Recovered within {@code limit}, no detection expected, no call lost. */
    public static Expectations recoveredWithin(Duration limit) {
        return new Expectations(null, Objects.requireNonNull(limit, "limit"), 0);
    }

    /** These expectations, also asking for an alarm within {@code limit} of the injection. */
    public Expectations detectedWithin(Duration limit) {
        return new Expectations(limit, recoverWithin, maxLostCalls);
    }

    /** These expectations with another bound on lost calls. */
    public Expectations lostAtMost(long calls) {
        return new Expectations(detectWithin, recoverWithin, calls);
    }

    /** The detection bound, if detection is expected. */
    public Optional<Duration> detection() {
        return Optional.ofNullable(detectWithin);
    }
}
