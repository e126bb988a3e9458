package io.hms.api.optimize;

/**
 * A field of a component's {@link io.hms.api.policy.GuardPolicy} the optimizer may tune, with the
 * hard limits any {@link ParameterRange} of it must respect (the limits the policy records accept,
 * tightened where larger values make no practical sense).
 *
 * <pre>{@code
 * Parameter.TIMEOUT.kind();       // DURATION: bounds in milliseconds
 * Parameter.RETRY_JITTER.hardMax(); // 1.0
 * }</pre>
 */
public enum Parameter {
    /** {@code breaker.failureRateThreshold}, percent of failed calls that opens the breaker. */
    FAILURE_RATE_THRESHOLD(ParameterKind.DOUBLE, 1, 100),
    /** {@code breaker.windowSize}: calls (COUNT window) or seconds (TIME window, at most 3600). */
    WINDOW_SIZE(ParameterKind.INTEGER, 1, 10_000),
    /** {@code breaker.minimumCalls} the window must hold before rates are judged. */
    MINIMUM_CALLS(ParameterKind.INTEGER, 1, 10_000),
    /** {@code breaker.openDuration}, milliseconds the breaker stays open before probing. */
    OPEN_DURATION(ParameterKind.DURATION, 1, 3_600_000),
    /** {@code breaker.halfOpenProbes}, calls let through while half-open. */
    HALF_OPEN_PROBES(ParameterKind.INTEGER, 1, 1_000),
    /** {@code retry.maxAttempts}, attempts in all (1 = no retry). */
    RETRY_MAX_ATTEMPTS(ParameterKind.INTEGER, 1, 20),
    /** {@code retry.initialBackoff}, milliseconds before the second attempt. */
    RETRY_BACKOFF_BASE(ParameterKind.DURATION, 0, 60_000),
    /** {@code retry.jitter}, the random spread of the backoff, a fraction in [0, 1]. */
    RETRY_JITTER(ParameterKind.DOUBLE, 0, 1),
    /** {@code timeout.timeout}, milliseconds one attempt may take. */
    TIMEOUT(ParameterKind.DURATION, 1, 3_600_000),
    /** {@code limit.minLimit}, the lowest the concurrency limit may shrink to. */
    LIMIT_MIN(ParameterKind.INTEGER, 1, 100_000),
    /** {@code limit.maxLimit}, the highest the concurrency limit may grow to. */
    LIMIT_MAX(ParameterKind.INTEGER, 1, 100_000),
    /**
     * {@code breaker.slowCallRateThreshold}, percent of slow calls that opens the breaker. Not in
     * {@link PolicySpace#defaults()}: with {@link #SLOW_CALL_DURATION} it states what the host calls too
     * slow, which is the host's to say; add it to a space to let the optimizer tune it.
     */
    SLOW_CALL_RATE_THRESHOLD(ParameterKind.DOUBLE, 1, 100),
    /**
     * {@code breaker.slowCallDuration}, milliseconds above which a call is slow. Not in
     * {@link PolicySpace#defaults()}, for the reason given at {@link #SLOW_CALL_RATE_THRESHOLD}.
     */
    SLOW_CALL_DURATION(ParameterKind.DURATION, 1, 3_600_000);

    private final ParameterKind kind;
    private final double hardMin;
    private final double hardMax;

    Parameter(ParameterKind kind, double hardMin, double hardMax) {
        this.kind = kind;
        this.hardMin = hardMin;
        this.hardMax = hardMax;
    }

    /** How its values are written: integers, reals, or milliseconds. */
    public ParameterKind kind() {
        return kind;
    }

    /** The lowest value any range of it may include, in its kind's unit. */
    public double hardMin() {
        return hardMin;
    }

    /** The highest value any range of it may include, in its kind's unit. */
    public double hardMax() {
        return hardMax;
    }
}
