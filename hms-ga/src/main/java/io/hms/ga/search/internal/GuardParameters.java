package io.hms.ga.search.internal;

import io.hms.api.optimize.Parameter;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.time.Duration;
import java.util.Set;

/**
 * Reads a {@link Parameter}'s value out of a {@link GuardPolicy} and writes a full set of values back
 * into a valid one. Values are in the parameter's unit (durations in milliseconds), indexed by
 * {@link Parameter#ordinal()}.
 */
public final class GuardParameters {

    private static final Parameter[] ALL = Parameter.values();

    private GuardParameters() {
    }

    /** Every parameter's value in {@code policy}; a disabled timeout reads as {@code hardMax}. */
    public static double[] read(GuardPolicy policy) {
        double[] v = new double[ALL.length];
        for (Parameter p : ALL) {
            v[p.ordinal()] = read(policy, p);
        }
        return v;
    }

    /** {@code parameter}'s value in {@code policy}. */
    public static double read(GuardPolicy policy, Parameter parameter) {
        BreakerPolicy b = policy.breaker();
        RetryPolicy r = policy.retry();
        return switch (parameter) {
            case FAILURE_RATE_THRESHOLD -> b.failureRateThreshold();
            case WINDOW_SIZE -> b.windowSize();
            case MINIMUM_CALLS -> b.minimumCalls();
            case OPEN_DURATION -> b.openDuration().toMillis();
            case HALF_OPEN_PROBES -> b.halfOpenProbes();
            case RETRY_MAX_ATTEMPTS -> r.maxAttempts();
            case RETRY_BACKOFF_BASE -> r.initialBackoff().toMillis();
            case RETRY_JITTER -> r.jitter();
            case TIMEOUT -> policy.timeout().enabled() ? policy.timeout().timeout().toMillis() : parameter.hardMax();
            case LIMIT_MIN -> policy.limit().minLimit();
            case LIMIT_MAX -> policy.limit().maxLimit();
            case SLOW_CALL_RATE_THRESHOLD -> b.slowCallRateThreshold();
            case SLOW_CALL_DURATION -> b.slowCallDuration().toMillis();
        };
    }

    /**
     * {@code base} with the values of {@code v} for the parameters in {@code inSpace}; the others keep the
     * base's fields as they are (a duration to the nanosecond, a disabled timeout disabled), given that
     * {@code v} holds {@link #read(GuardPolicy)}'s values for them. Fields that
     * depend on each other are made consistent: a TIME window is capped at 3600 s, the retry's maximum
     * backoff is raised to its initial backoff, the concurrency limit's maximum is raised to its minimum
     * and its initial value clamped between.
     */
    public static GuardPolicy write(GuardPolicy base, double[] v, Set<Parameter> inSpace) {
        BreakerPolicy b = base.breaker();
        int window = (int) v[Parameter.WINDOW_SIZE.ordinal()];
        if (b.windowType() == WindowType.TIME) {
            window = Math.min(window, 3600);
        }
        BreakerPolicy breaker = new BreakerPolicy(b.windowType(), window,
                (float) v[Parameter.FAILURE_RATE_THRESHOLD.ordinal()],
                (float) v[Parameter.SLOW_CALL_RATE_THRESHOLD.ordinal()],
                duration(v, Parameter.SLOW_CALL_DURATION, inSpace, b.slowCallDuration()),
                (int) v[Parameter.MINIMUM_CALLS.ordinal()],
                duration(v, Parameter.OPEN_DURATION, inSpace, b.openDuration()),
                (int) v[Parameter.HALF_OPEN_PROBES.ordinal()]);

        RetryPolicy r = base.retry();
        Duration initial = duration(v, Parameter.RETRY_BACKOFF_BASE, inSpace, r.initialBackoff());
        Duration maxBackoff = r.maxBackoff().compareTo(initial) < 0 ? initial : r.maxBackoff();
        RetryPolicy retry = new RetryPolicy((int) v[Parameter.RETRY_MAX_ATTEMPTS.ordinal()], initial, r.multiplier(),
                maxBackoff, v[Parameter.RETRY_JITTER.ordinal()]);

        TimeoutPolicy timeout = inSpace.contains(Parameter.TIMEOUT) ? TimeoutPolicy.of(millis(v, Parameter.TIMEOUT))
                : base.timeout();

        ConcurrencyLimitPolicy l = base.limit();
        int min = (int) v[Parameter.LIMIT_MIN.ordinal()];
        int max = Math.max(min, (int) v[Parameter.LIMIT_MAX.ordinal()]);
        int initialLimit = Math.max(min, Math.min(max, l.initialLimit()));
        ConcurrencyLimitPolicy limit = l.withBounds(initialLimit, min, max);

        return new GuardPolicy(timeout, limit, breaker, retry);
    }

    private static Duration millis(double[] v, Parameter p) {
        return Duration.ofMillis((long) v[p.ordinal()]);
    }

    /** The value of {@code p} in {@code v} when in the space, else the base's own. */
    private static Duration duration(double[] v, Parameter p, Set<Parameter> inSpace, Duration base) {
        return inSpace.contains(p) ? millis(v, p) : base;
    }
}
