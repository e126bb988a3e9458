package io.hms.ga.search.internal;

import io.hms.api.optimize.Parameter;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.time.Duration;
import java.util.Set;

/**
 * Reads a {@link Parameter}'s value out of a {@link GuardPolicy} and writes a full set of values back
 * into a valid one. Values are in the parameter's unit (durations in milliseconds, choices as the
 * option's index), indexed by {@link Parameter#ordinal()}.
 */
public final class GuardParameters {

    private static final Parameter[] ALL = Parameter.values();
    private static final LimitAlgorithm[] ALGORITHMS = LimitAlgorithm.values();

    /**
     * The longest {@code maxBackoff} written, one day: far beyond any useful wait, and short enough for
     * its nanoseconds to fit a {@code long}.
     */
    public static final long LONGEST_CAP_MILLIS = 86_400_000L;

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

    /**
     * {@code parameter}'s value in {@code policy}. {@link Parameter#RETRY_BACKOFF_CAP} reads as
     * {@code maxBackoff} over {@link #longestWaitMillis}, or 1 when that wait is zero.
     */
    public static double read(GuardPolicy policy, Parameter parameter) {
        BreakerPolicy b = policy.breaker();
        RetryPolicy r = policy.retry();
        ConcurrencyLimitPolicy l = policy.limit();
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
            case LIMIT_ALGORITHM -> l.algorithm().ordinal();
            case LIMIT_INITIAL -> l.initialLimit();
            case LIMIT_BACKOFF_RATIO -> l.backoffRatio();
            case LIMIT_LATENCY_THRESHOLD -> l.latencyThreshold().toMillis();
            case LIMIT_TOLERANCE -> l.tolerance();
            case RETRY_BACKOFF_MULTIPLIER -> r.multiplier();
            case RETRY_BACKOFF_CAP -> {
                double longest = longestWaitMillis(r.initialBackoff().toMillis(), r.multiplier(), r.maxAttempts());
                yield longest > 0 ? r.maxBackoff().toMillis() / longest : 1.0;
            }
            case LIMIT_MAX_WAIT -> l.maxWait().toMillis();
        };
    }

    /**
     * The longest wait, in milliseconds, a retry of {@code maxAttempts} attempts makes without a cap:
     * {@code initialMillis * multiplier^(maxAttempts - 2)}, the wait before the last attempt; the initial
     * backoff when there is no retry.
     */
    public static double longestWaitMillis(double initialMillis, double multiplier, int maxAttempts) {
        return maxAttempts < 2 ? initialMillis : initialMillis * Math.pow(multiplier, maxAttempts - 2);
    }

    /**
     * {@code base} with the values of {@code v} for the parameters in {@code inSpace}; the others keep the
     * base's fields as they are (a duration to the nanosecond, a disabled timeout disabled), given that
     * {@code v} holds {@link #read(GuardPolicy)}'s values for them. Fields that
     * depend on each other are made consistent: a TIME window is capped at 3600 s; the concurrency
     * limit's maximum is raised to its minimum and its initial value clamped between; the retry's
     * maximum backoff is, with {@link Parameter#RETRY_BACKOFF_CAP} in the space, the cap times
     * {@link #longestWaitMillis} rounded to the millisecond, else the base's, and in both cases at least
     * the initial backoff and (with the cap) at most one day.
     *
     * <p>Under a FIXED algorithm the initial limit is the limit in force; a caller that wants the
     * maximum to be that limit (as {@code PolicyCodec} does) sets {@link Parameter#LIMIT_INITIAL} in
     * {@code v} to it.
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
        int attempts = (int) v[Parameter.RETRY_MAX_ATTEMPTS.ordinal()];
        Duration initial = duration(v, Parameter.RETRY_BACKOFF_BASE, inSpace, r.initialBackoff());
        double multiplier = v[Parameter.RETRY_BACKOFF_MULTIPLIER.ordinal()];
        Duration cap = r.maxBackoff();
        if (inSpace.contains(Parameter.RETRY_BACKOFF_CAP)) {
            double longest = longestWaitMillis(initial.toMillis(), multiplier, attempts);
            double millis = Math.rint(v[Parameter.RETRY_BACKOFF_CAP.ordinal()] * longest);
            cap = Duration.ofMillis((long) Math.min(millis, LONGEST_CAP_MILLIS));
        }
        Duration maxBackoff = cap.compareTo(initial) < 0 ? initial : cap;
        RetryPolicy retry = new RetryPolicy(attempts, initial, multiplier, maxBackoff,
                v[Parameter.RETRY_JITTER.ordinal()]);

        TimeoutPolicy timeout = inSpace.contains(Parameter.TIMEOUT) ? TimeoutPolicy.of(millis(v, Parameter.TIMEOUT))
                : base.timeout();

        ConcurrencyLimitPolicy l = base.limit();
        int min = (int) v[Parameter.LIMIT_MIN.ordinal()];
        int max = Math.max(min, (int) v[Parameter.LIMIT_MAX.ordinal()]);
        int initialLimit = Math.max(min, Math.min(max, (int) v[Parameter.LIMIT_INITIAL.ordinal()]));
        ConcurrencyLimitPolicy limit = new ConcurrencyLimitPolicy(ALGORITHMS[(int) v[Parameter.LIMIT_ALGORITHM.ordinal()]],
                initialLimit, min, max, v[Parameter.LIMIT_BACKOFF_RATIO.ordinal()],
                duration(v, Parameter.LIMIT_LATENCY_THRESHOLD, inSpace, l.latencyThreshold()),
                v[Parameter.LIMIT_TOLERANCE.ordinal()], duration(v, Parameter.LIMIT_MAX_WAIT, inSpace, l.maxWait()));

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
