package io.hms.api.optimize;

import io.hms.api.policy.LimitAlgorithm;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which guard-policy parameters the optimizer may change for a component, and the range of each. A
 * parameter absent from the space keeps the value of the component's current policy.
 *
 * <pre>{@code
 * PolicySpace space = PolicySpace.defaults()
 *         .with(Parameter.RETRY_MAX_ATTEMPTS, 1, 3)                                        // narrow
 *         .with(Parameter.TIMEOUT, Duration.ofMillis(20), Duration.ofSeconds(5))            // durations
 *         .without(Parameter.HALF_OPEN_PROBES)                                              // keep as is
 *         .with(Parameter.LIMIT_ALGORITHM, LimitAlgorithm.AIMD, LimitAlgorithm.GRADIENT);   // adaptive only
 * }</pre>
 *
 * <p>Immutable and replicable (plain data). Construction validates: every entry is keyed by its own
 * parameter, the concurrency-limit ranges leave room for {@code minLimit <= initialLimit <= maxLimit},
 * and the retry cap's range reaches 1 (a cap at the initial backoff reads as 1 when the waits do not
 * grow); messages name the parameter, the value and the fix. Iteration follows the {@link Parameter} order.
 *
 * @param ranges the range of each tunable parameter
 */
public record PolicySpace(Map<Parameter, ParameterRange> ranges) {

    /** Validates and copies the ranges. */
    public PolicySpace {
        Objects.requireNonNull(ranges, "ranges");
        EnumMap<Parameter, ParameterRange> copy = new EnumMap<>(Parameter.class);
        for (Map.Entry<Parameter, ParameterRange> e : ranges.entrySet()) {
            Parameter key = Objects.requireNonNull(e.getKey(), "a parameter of the space is null");
            ParameterRange range = Objects.requireNonNull(e.getValue(), () -> "the range of " + key + " is null");
            if (range.parameter() != key) {
                throw new IllegalArgumentException("the range under " + key + " is a range of " + range.parameter()
                        + "; key each range by its own parameter");
            }
            copy.put(key, range);
        }
        ParameterRange lo = copy.get(Parameter.LIMIT_MIN);
        ParameterRange hi = copy.get(Parameter.LIMIT_MAX);
        if (lo != null && hi != null && lo.min() > hi.max()) {
            throw new IllegalArgumentException("LIMIT_MIN starts at " + (long) lo.min() + ", above the end of LIMIT_MAX "
                    + (long) hi.max() + ", so no minLimit <= maxLimit exists; lower LIMIT_MIN or raise LIMIT_MAX");
        }
        ParameterRange cap = copy.get(Parameter.RETRY_BACKOFF_CAP);
        if (cap != null && cap.max() < 1) {
            throw new IllegalArgumentException("RETRY_BACKOFF_CAP ends at " + cap.max() + ", below 1; the cap never"
                    + " falls below the initial backoff, which is the longest wait when the multiplier is 1, so it"
                    + " reads as 1 there; raise its max to at least 1");
        }
        ParameterRange initial = copy.get(Parameter.LIMIT_INITIAL);
        if (initial != null && lo != null && initial.max() < lo.min()) {
            throw new IllegalArgumentException("LIMIT_INITIAL ends at " + (long) initial.max() + ", below the start of"
                    + " LIMIT_MIN " + (long) lo.min() + ", so no minLimit <= initialLimit exists; raise LIMIT_INITIAL"
                    + " or lower LIMIT_MIN");
        }
        if (initial != null && hi != null && initial.min() > hi.max()) {
            throw new IllegalArgumentException("LIMIT_INITIAL starts at " + (long) initial.min() + ", above the end of"
                    + " LIMIT_MAX " + (long) hi.max() + ", so no initialLimit <= maxLimit exists; lower LIMIT_INITIAL"
                    + " or raise LIMIT_MAX");
        }
        ranges = Collections.unmodifiableMap(copy);
    }

    /**
     * Every parameter but the slow-call rule's two ({@link Parameter#SLOW_CALL_RATE_THRESHOLD},
     * {@link Parameter#SLOW_CALL_DURATION}, kept as the host set them), with ranges that suit most
     * request/response dependencies: failure threshold
     * 5-100 %, window 10-500, minimum calls 5-500, open 100 ms-2 min, 1-50 probes, 1-5 attempts,
     * backoff 0-5 s growing 1-4 times per attempt and capped at 0-10 times its longest uncapped wait,
     * jitter 0-1, timeout 10 ms-30 s; the concurrency limit any of FIXED, AIMD or GRADIENT, min 1-50,
     * max 1-1000, initial 1-1000, backoff ratio 0.5-0.95, AIMD latency threshold 5 ms-5 s, GRADIENT
     * tolerance 1-4, a wait for a place of 0-1000 ms.
     */
    public static PolicySpace defaults() {
        Map<Parameter, ParameterRange> m = new EnumMap<>(Parameter.class);
        put(m, new ParameterRange(Parameter.FAILURE_RATE_THRESHOLD, 5, 100));
        put(m, new ParameterRange(Parameter.WINDOW_SIZE, 10, 500));
        put(m, new ParameterRange(Parameter.MINIMUM_CALLS, 5, 500));
        put(m, new ParameterRange(Parameter.OPEN_DURATION, 100, 120_000));
        put(m, new ParameterRange(Parameter.HALF_OPEN_PROBES, 1, 50));
        put(m, new ParameterRange(Parameter.RETRY_MAX_ATTEMPTS, 1, 5));
        put(m, new ParameterRange(Parameter.RETRY_BACKOFF_BASE, 0, 5_000));
        put(m, new ParameterRange(Parameter.RETRY_JITTER, 0, 1));
        put(m, new ParameterRange(Parameter.TIMEOUT, 10, 30_000));
        put(m, new ParameterRange(Parameter.LIMIT_MIN, 1, 50));
        put(m, new ParameterRange(Parameter.LIMIT_MAX, 1, 1_000));
        put(m, ParameterRange.ofChoices(Parameter.LIMIT_ALGORITHM, LimitAlgorithm.FIXED, LimitAlgorithm.GRADIENT));
        put(m, new ParameterRange(Parameter.LIMIT_INITIAL, 1, 1_000));
        put(m, new ParameterRange(Parameter.LIMIT_BACKOFF_RATIO, 0.5, 0.95));
        put(m, new ParameterRange(Parameter.LIMIT_LATENCY_THRESHOLD, 5, 5_000));
        put(m, new ParameterRange(Parameter.LIMIT_TOLERANCE, 1, 4));
        put(m, new ParameterRange(Parameter.RETRY_BACKOFF_MULTIPLIER, 1, 4));
        put(m, new ParameterRange(Parameter.RETRY_BACKOFF_CAP, 0, 10));
        put(m, new ParameterRange(Parameter.LIMIT_MAX_WAIT, 0, 1_000));
        return new PolicySpace(m);
    }

    /** A space in which nothing may change. */
    public static PolicySpace empty() {
        return new PolicySpace(Map.of());
    }

    private static void put(Map<Parameter, ParameterRange> m, ParameterRange r) {
        m.put(r.parameter(), r);
    }

    /** This space with {@code range} added or replacing the parameter's range. */
    public PolicySpace with(ParameterRange range) {
        Objects.requireNonNull(range, "range");
        Map<Parameter, ParameterRange> m = new EnumMap<>(Parameter.class);
        m.putAll(ranges);
        m.put(range.parameter(), range);
        return new PolicySpace(m);
    }

    /** This space with an integer range for {@code parameter}; see {@link ParameterRange#ofInts}. */
    public PolicySpace with(Parameter parameter, int min, int max) {
        return with(ParameterRange.ofInts(parameter, min, max));
    }

    /** This space with a real range for {@code parameter}; see {@link ParameterRange#ofDoubles}. */
    public PolicySpace with(Parameter parameter, double min, double max) {
        return with(ParameterRange.ofDoubles(parameter, min, max));
    }

    /** This space with a duration range for {@code parameter}; see {@link ParameterRange#ofDurations}. */
    public PolicySpace with(Parameter parameter, Duration min, Duration max) {
        return with(ParameterRange.ofDurations(parameter, min, max));
    }

    /**
     * This space with a range of neighbouring options for a choice {@code parameter}; see
     * {@link ParameterRange#ofChoices}.
     */
    public PolicySpace with(Parameter parameter, Enum<?> first, Enum<?> last) {
        return with(ParameterRange.ofChoices(parameter, first, last));
    }

    /** This space without {@code parameter}: it keeps the current policy's value. */
    public PolicySpace without(Parameter parameter) {
        Map<Parameter, ParameterRange> m = new EnumMap<>(Parameter.class);
        m.putAll(ranges);
        m.remove(parameter);
        return new PolicySpace(m);
    }

    /** The range of {@code parameter}, if the optimizer may change it. */
    public Optional<ParameterRange> range(Parameter parameter) {
        return Optional.ofNullable(ranges.get(parameter));
    }

    /** Whether the optimizer may change {@code parameter}. */
    public boolean contains(Parameter parameter) {
        return ranges.containsKey(parameter);
    }

    /** The tunable parameters, in {@link Parameter} order. */
    public List<Parameter> parameters() {
        return List.copyOf(ranges.keySet());
    }
}
