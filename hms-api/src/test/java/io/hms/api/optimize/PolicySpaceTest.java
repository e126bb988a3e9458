package io.hms.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                Parameter.LIMIT_MIN, Parameter.LIMIT_MAX);
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
        assertThat(space.parameters()).hasSize(10);
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
}
