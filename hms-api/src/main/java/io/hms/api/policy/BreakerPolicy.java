package io.hms.api.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * When a component's circuit breaker opens and how it probes its way back.
 *
 * <p>The breaker records each call into a sliding window (the last {@code windowSize} calls, or the
 * calls of the last {@code windowSize} seconds). Once the window holds at least {@code minimumCalls},
 * it opens when the failure rate or the slow-call rate reaches its threshold. After
 * {@code openDuration} it lets {@code halfOpenProbes} calls through and closes if they are healthy by
 * the same thresholds, or opens again.
 *
 * @param windowType            count- or time-based window
 * @param windowSize            calls (COUNT) or seconds (TIME); at least 1
 * @param failureRateThreshold  percentage of failed calls that opens the breaker, in (0, 100]
 * @param slowCallRateThreshold percentage of slow calls that opens the breaker, in (0, 100]
 * @param slowCallDuration      a call slower than this is slow
 * @param minimumCalls          calls the window must hold before rates are judged; at least 1
 * @param openDuration          how long the breaker stays open before probing
 * @param halfOpenProbes        calls let through while half-open; at least 1
 */
public record BreakerPolicy(
        WindowType windowType, int windowSize, float failureRateThreshold, float slowCallRateThreshold,
        Duration slowCallDuration, int minimumCalls, Duration openDuration, int halfOpenProbes) {

    /** Validates the fields. */
    public BreakerPolicy {
        Objects.requireNonNull(windowType, "windowType");
        Checks.atLeast(windowSize, 1, "windowSize");
        if (windowType == WindowType.TIME && windowSize > 3600) {
            throw new IllegalArgumentException("a TIME window must be at most 3600 seconds, got " + windowSize);
        }
        if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
            throw new IllegalArgumentException("failureRateThreshold must be in (0, 100], got " + failureRateThreshold);
        }
        if (!(slowCallRateThreshold > 0 && slowCallRateThreshold <= 100)) {
            throw new IllegalArgumentException("slowCallRateThreshold must be in (0, 100], got " + slowCallRateThreshold);
        }
        Checks.positive(slowCallDuration, "slowCallDuration");
        Checks.atLeast(minimumCalls, 1, "minimumCalls");
        Checks.positive(openDuration, "openDuration");
        Checks.atLeast(halfOpenProbes, 1, "halfOpenProbes");
    }

    /** The last 50 calls, 50 % failures or 100 % calls over 2 s, 20 calls minimum, 10 s open, 5 probes. */
    public static BreakerPolicy defaults() {
        return new BreakerPolicy(WindowType.COUNT, 50, 50f, 100f, Duration.ofSeconds(2), 20,
                Duration.ofSeconds(10), 5);
    }

    /** This policy with another window. */
    public BreakerPolicy withWindow(WindowType newType, int newSize) {
        return new BreakerPolicy(newType, newSize, failureRateThreshold, slowCallRateThreshold,
                slowCallDuration, minimumCalls, openDuration, halfOpenProbes);
    }

    /** This policy with another failure-rate threshold. */
    public BreakerPolicy withFailureRateThreshold(float percent) {
        return new BreakerPolicy(windowType, windowSize, percent, slowCallRateThreshold,
                slowCallDuration, minimumCalls, openDuration, halfOpenProbes);
    }

    /** This policy with another slow-call rule. */
    public BreakerPolicy withSlowCalls(float percent, Duration newSlowCallDuration) {
        return new BreakerPolicy(windowType, windowSize, failureRateThreshold, percent,
                newSlowCallDuration, minimumCalls, openDuration, halfOpenProbes);
    }

    /** This policy with another minimum of calls. */
    public BreakerPolicy withMinimumCalls(int newMinimumCalls) {
        return new BreakerPolicy(windowType, windowSize, failureRateThreshold, slowCallRateThreshold,
                slowCallDuration, newMinimumCalls, openDuration, halfOpenProbes);
    }

    /** This policy with another open duration. */
    public BreakerPolicy withOpenDuration(Duration newOpenDuration) {
        return new BreakerPolicy(windowType, windowSize, failureRateThreshold, slowCallRateThreshold,
                slowCallDuration, minimumCalls, newOpenDuration, halfOpenProbes);
    }

    /** This policy with another number of half-open probes. */
    public BreakerPolicy withHalfOpenProbes(int newProbes) {
        return new BreakerPolicy(windowType, windowSize, failureRateThreshold, slowCallRateThreshold,
                slowCallDuration, minimumCalls, openDuration, newProbes);
    }
}
