package io.hms.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.policy.LimitAlgorithm;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A space says which parameters the optimizer may change and within which ranges; it is an immutable value. */
class PolicySpaceTest {

    @Test
    void theDefaultsTuneEverythingButTheHostsSlowCallRule() {
        PolicySpace space = PolicySpace.defaults();
        assertThat(space.contains(Parameter.SLOW_CALL_RATE_THRESHOLD)).isFalse();
        assertThat(space.contains(Parameter.SLOW_CALL_DURATION)).isFalse();
        assertThat(space.parameters()).containsExactly(Parameter.FAILURE_RATE_THRESHOLD, Parameter.WINDOW_SIZE,
                Parameter.MINIMUM_CALLS, Parameter.OPEN_DURATION, Parameter.HALF_OPEN_PROBES,
                Parameter.RETRY_MAX_ATTEMPTS, Parameter.RETRY_BACKOFF_BASE, Parameter.RETRY_JITTER, Parameter.TIMEOUT,
                Parameter.LIMIT_MIN, Parameter.LIMIT_MAX, Parameter.LIMIT_ALGORITHM, Parameter.LIMIT_INITIAL,
                Parameter.LIMIT_BACKOFF_RATIO, Parameter.LIMIT_LATENCY_THRESHOLD, Parameter.LIMIT_TOLERANCE,
                Parameter.RETRY_BACKOFF_MULTIPLIER, Parameter.RETRY_BACKOFF_CAP, Parameter.LIMIT_MAX_WAIT);
        assertThat(space.range(Parameter.LIMIT_MAX_WAIT)).contains(new ParameterRange(Parameter.LIMIT_MAX_WAIT, 0, 1_000));
        assertThat(space.range(Parameter.LIMIT_ALGORITHM)).contains(new ParameterRange(Parameter.LIMIT_ALGORITHM, 0, 2));
        assertThat(space.range(Parameter.LIMIT_BACKOFF_RATIO))
                .contains(new ParameterRange(Parameter.LIMIT_BACKOFF_RATIO, 0.5, 0.95));
        assertThat(space.range(Parameter.LIMIT_LATENCY_THRESHOLD))
                .contains(new ParameterRange(Parameter.LIMIT_LATENCY_THRESHOLD, 5, 5_000));
        assertThat(space.range(Parameter.LIMIT_TOLERANCE)).contains(new ParameterRange(Parameter.LIMIT_TOLERANCE, 1, 4));
        assertThat(space.range(Parameter.RETRY_BACKOFF_MULTIPLIER))
                .contains(new ParameterRange(Parameter.RETRY_BACKOFF_MULTIPLIER, 1, 4));
        assertThat(space.range(Parameter.TIMEOUT)).contains(new ParameterRange(Parameter.TIMEOUT, 10, 30_000));
        assertThat(space.range(Parameter.RETRY_MAX_ATTEMPTS)).contains(new ParameterRange(Parameter.RETRY_MAX_ATTEMPTS, 1, 5));
    }

    @Test
    void anEmptySpaceChangesNothing() {
        PolicySpace empty = PolicySpace.empty();
        assertThat(empty.parameters()).isEmpty();
        assertThat(empty.range(Parameter.TIMEOUT)).isEmpty();
    }

    @Test
    void withAddsOrReplacesARangeAndLeavesTheOriginalAsItWas() {
        PolicySpace base = PolicySpace.empty();
        PolicySpace narrowed = base
                .with(Parameter.RETRY_MAX_ATTEMPTS, 1, 3)
                .with(Parameter.RETRY_JITTER, 0.0, 0.5)
                .with(Parameter.TIMEOUT, Duration.ofMillis(20), Duration.ofSeconds(5))
                .with(Parameter.RETRY_MAX_ATTEMPTS, 2, 4);
        assertThat(base.parameters()).isEmpty();
        assertThat(narrowed.parameters())
                .containsExactly(Parameter.RETRY_MAX_ATTEMPTS, Parameter.RETRY_JITTER, Parameter.TIMEOUT);
        assertThat(narrowed.range(Parameter.RETRY_MAX_ATTEMPTS).orElseThrow().min()).isEqualTo(2);
        assertThat(narrowed.range(Parameter.TIMEOUT).orElseThrow().max()).isEqualTo(5_000);
        assertThatThrownBy(() -> base.with(null)).isInstanceOf(NullPointerException.class).hasMessage("range");
    }

    @Test
    void withoutKeepsTheParameterAtTheCurrentPolicysValue() {
        PolicySpace space = PolicySpace.defaults().without(Parameter.HALF_OPEN_PROBES);
        assertThat(space.contains(Parameter.HALF_OPEN_PROBES)).isFalse();
        assertThat(space.parameters()).hasSize(Parameter.values().length - 3);
        assertThat(PolicySpace.defaults().contains(Parameter.HALF_OPEN_PROBES)).isTrue();
    }

    @Test
    void theRangesAreACopyThatCannotBeChanged() {
        Map<Parameter, ParameterRange> ranges = new HashMap<>();
        ranges.put(Parameter.WINDOW_SIZE, ParameterRange.ofInts(Parameter.WINDOW_SIZE, 10, 20));
        PolicySpace space = new PolicySpace(ranges);
        ranges.clear();
        assertThat(space.parameters()).containsExactly(Parameter.WINDOW_SIZE);
        assertThatThrownBy(() -> space.ranges().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(space).isEqualTo(PolicySpace.empty().with(Parameter.WINDOW_SIZE, 10, 20));
    }

    @Test
    void aRangeFiledUnderAnotherParameterIsRefused() {
        Map<Parameter, ParameterRange> ranges = new EnumMap<>(Parameter.class);
        ranges.put(Parameter.WINDOW_SIZE, ParameterRange.ofInts(Parameter.MINIMUM_CALLS, 10, 20));
        assertThatThrownBy(() -> new PolicySpace(ranges))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the range under WINDOW_SIZE is a range of MINIMUM_CALLS; key each range by its own parameter");
    }

    @Test
    void nullKeysAndRangesAreRefused() {
        Map<Parameter, ParameterRange> nullRange = new HashMap<>();
        nullRange.put(Parameter.TIMEOUT, null);
        assertThatThrownBy(() -> new PolicySpace(nullRange)).isInstanceOf(NullPointerException.class)
                .hasMessage("the range of TIMEOUT is null");
        Map<Parameter, ParameterRange> nullKey = new HashMap<>();
        nullKey.put(null, ParameterRange.ofInts(Parameter.WINDOW_SIZE, 10, 20));
        assertThatThrownBy(() -> new PolicySpace(nullKey)).isInstanceOf(NullPointerException.class)
                .hasMessage("a parameter of the space is null");
        assertThatThrownBy(() -> new PolicySpace(null)).hasMessage("ranges");
    }

    @Test
    void concurrencyLimitRangesMustLeaveRoomForMinAtMostMax() {
        PolicySpace space = PolicySpace.empty().with(Parameter.LIMIT_MAX, 10, 20);
        assertThatThrownBy(() -> space.with(Parameter.LIMIT_MIN, 30, 40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIMIT_MIN starts at 30, above the end of LIMIT_MAX 20, so no minLimit <= maxLimit exists;"
                        + " lower LIMIT_MIN or raise LIMIT_MAX");
        assertThat(space.with(Parameter.LIMIT_MIN, 20, 40).parameters())
                .isEqualTo(List.of(Parameter.LIMIT_MIN, Parameter.LIMIT_MAX));
        assertThat(PolicySpace.empty().with(Parameter.LIMIT_MIN, 30, 40).contains(Parameter.LIMIT_MIN)).isTrue();
    }

    @Test
    void theInitialLimitsRangeMustMeetTheLimits() {
        PolicySpace limits = PolicySpace.empty().with(Parameter.LIMIT_MIN, 10, 20).with(Parameter.LIMIT_MAX, 30, 40);
        assertThatThrownBy(() -> limits.with(Parameter.LIMIT_INITIAL, 1, 9))
                .hasMessage("LIMIT_INITIAL ends at 9, below the start of LIMIT_MIN 10, so no minLimit <= initialLimit"
                        + " exists; raise LIMIT_INITIAL or lower LIMIT_MIN");
        assertThatThrownBy(() -> limits.with(Parameter.LIMIT_INITIAL, 41, 50))
                .hasMessage("LIMIT_INITIAL starts at 41, above the end of LIMIT_MAX 40, so no initialLimit <= maxLimit"
                        + " exists; lower LIMIT_INITIAL or raise LIMIT_MAX");
        assertThat(limits.with(Parameter.LIMIT_INITIAL, 5, 10).contains(Parameter.LIMIT_INITIAL)).isTrue();
        assertThat(limits.with(Parameter.LIMIT_INITIAL, 40, 50).contains(Parameter.LIMIT_INITIAL)).isTrue();
        assertThat(PolicySpace.empty().with(Parameter.LIMIT_INITIAL, 1, 2).contains(Parameter.LIMIT_INITIAL)).isTrue();
    }

    @Test
    void theRetryCapsRangeMustReachOne() {
        assertThatThrownBy(() -> PolicySpace.empty().with(Parameter.RETRY_BACKOFF_CAP, 0.0, 0.5))
                .hasMessageContaining("RETRY_BACKOFF_CAP ends at 0.5, below 1")
                .hasMessageContaining("raise its max to at least 1");
        assertThat(PolicySpace.empty().with(Parameter.RETRY_BACKOFF_CAP, 0.0, 1.0).contains(Parameter.RETRY_BACKOFF_CAP))
                .isTrue();
    }

    @Test
    void aChoiceIsNarrowedToARunOfOptions() {
        PolicySpace adaptive = PolicySpace.defaults()
                .with(Parameter.LIMIT_ALGORITHM, LimitAlgorithm.AIMD, LimitAlgorithm.GRADIENT);
        assertThat(adaptive.range(Parameter.LIMIT_ALGORITHM))
                .contains(new ParameterRange(Parameter.LIMIT_ALGORITHM, 1, 2));
    }
}
