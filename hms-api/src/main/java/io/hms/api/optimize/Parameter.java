package io.hms.api.optimize;

import io.hms.api.policy.LimitAlgorithm;
import java.util.List;

/**
 * A field of a component's {@link io.hms.api.policy.GuardPolicy} the optimizer may tune, with the
 * hard limits any {@link ParameterRange} of it must respect (the limits the policy records accept,
 * tightened where larger values make no practical sense).
 *
 * <pre>{@code
 * Parameter.TIMEOUT.kind();       // DURATION: bounds in milliseconds
 * Parameter.RETRY_JITTER.hardMax(); // 1.0
 * Parameter.LIMIT_ALGORITHM.options(); // [FIXED, AIMD, GRADIENT]
 * }</pre>
 *
 * <p>Some parameters matter only under one limit algorithm: {@link #LIMIT_INITIAL} under AIMD and
 * GRADIENT (a FIXED limiter holds {@code maxLimit}), {@link #LIMIT_BACKOFF_RATIO} under AIMD and GRADIENT,
 * {@link #LIMIT_LATENCY_THRESHOLD} under AIMD, {@link #LIMIT_TOLERANCE} under GRADIENT. The optimizer
 * tunes them all the same, so they are ready when it picks their algorithm.
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
    /**
     * {@code limit.maxLimit}, the highest the concurrency limit may grow to; under a FIXED limit
     * algorithm, the limit in force.
     */
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
    SLOW_CALL_DURATION(ParameterKind.DURATION, 1, 3_600_000),
    /** {@code limit.algorithm}, how the concurrency limit adapts: a choice among {@link LimitAlgorithm}s. */
    LIMIT_ALGORITHM(LimitAlgorithm.class),
    /**
     * {@code limit.initialLimit}, the limit an AIMD or GRADIENT limiter starts from, held inside
     * [{@code minLimit}, {@code maxLimit}]. A FIXED limiter holds {@code maxLimit} instead.
     */
    LIMIT_INITIAL(ParameterKind.INTEGER, 1, 100_000),
    /**
     * {@code limit.backoffRatio}, the factor AIMD and GRADIENT apply to the limit when a call fails, in
     * [0.5, 1): the upper bound is open, so the highest value is the double just below 1.
     */
    LIMIT_BACKOFF_RATIO(ParameterKind.DOUBLE, 0.5, Math.nextDown(1.0)),
    /** {@code limit.latencyThreshold}, milliseconds above which AIMD counts a call as a drop. */
    LIMIT_LATENCY_THRESHOLD(ParameterKind.DURATION, 1, 3_600_000),
    /** {@code limit.tolerance}, how far GRADIENT lets recent latency exceed the no-load latency (1.5 = 50 %). */
    LIMIT_TOLERANCE(ParameterKind.DOUBLE, 1, 100),
    /** {@code retry.multiplier}, the growth of the retry wait per attempt (1 = a constant wait). */
    RETRY_BACKOFF_MULTIPLIER(ParameterKind.DOUBLE, 1, 100),
    /**
     * {@code retry.maxBackoff}, as a multiple of the longest wait the retry would make without a cap,
     * {@code initialBackoff * multiplier^(maxAttempts - 2)}: below 1 the cap shortens the later waits, at
     * 1 or above it leaves them as they grow. Relative, so that a longer backoff or a larger multiplier
     * is never cut back by a cap chosen for a shorter one; the cap never falls below
     * {@code initialBackoff}.
     */
    RETRY_BACKOFF_CAP(ParameterKind.DOUBLE, 0, 1_000),
    /**
     * {@code limit.maxWait}, milliseconds a call that finds the concurrency limit full waits for a place
     * before it is refused (0 = refused at once), at most one minute.
     */
    LIMIT_MAX_WAIT(ParameterKind.DURATION, 0, 60_000);

    private final ParameterKind kind;
    private final double hardMin;
    private final double hardMax;
    private final List<Enum<?>> options;

    Parameter(ParameterKind kind, double hardMin, double hardMax) {
        this.kind = kind;
        this.hardMin = hardMin;
        this.hardMax = hardMax;
        this.options = List.of();
    }

    Parameter(Class<? extends Enum<?>> choices) {
        this.kind = ParameterKind.CHOICE;
        this.options = List.<Enum<?>>of(choices.getEnumConstants());
        this.hardMin = 0;
        this.hardMax = options.size() - 1;
    }

    /** How its values are written: integers, reals, milliseconds, or the index of an option. */
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

    /**
     * The options of a {@link ParameterKind#CHOICE} parameter, in declaration order: the value {@code i}
     * stands for {@code options().get(i)}. Empty for the other kinds.
     */
    public List<Enum<?>> options() {
        return options;
    }
}
