package io.hms.api.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.LimitAlgorithm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A range is a closed interval in its parameter's unit, refused with a message naming the fix when it cannot be. */
class ParameterRangeTest {

    @Test
    void eachFactoryBuildsARangeOfItsOwnKindInTheParameterUnit() {
        assertThat(ParameterRange.ofInts(Parameter.RETRY_MAX_ATTEMPTS, 1, 3))
                .isEqualTo(new ParameterRange(Parameter.RETRY_MAX_ATTEMPTS, 1, 3));
        assertThat(ParameterRange.ofDoubles(Parameter.RETRY_JITTER, 0.25, 0.75))
                .isEqualTo(new ParameterRange(Parameter.RETRY_JITTER, 0.25, 0.75));
        ParameterRange timeout = ParameterRange.ofDurations(Parameter.TIMEOUT, Duration.ofMillis(50), Duration.ofSeconds(2));
        assertThat(timeout.min()).isEqualTo(50);
        assertThat(timeout.max()).isEqualTo(2_000);
    }

    @Test
    void aFactoryOfTheWrongKindNamesTheKindAndTheMatchingFactory() {
        assertThatThrownBy(() -> ParameterRange.ofInts(Parameter.TIMEOUT, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TIMEOUT is a DURATION parameter, not INTEGER; use the matching ParameterRange.of... factory");
        assertThatThrownBy(() -> ParameterRange.ofDoubles(Parameter.WINDOW_SIZE, 1, 2))
                .hasMessage("WINDOW_SIZE is a INTEGER parameter, not DOUBLE; use the matching ParameterRange.of... factory");
        assertThatThrownBy(() -> ParameterRange.ofDurations(Parameter.RETRY_JITTER, Duration.ZERO, Duration.ZERO))
                .hasMessageStartingWith("RETRY_JITTER is a DOUBLE parameter, not DURATION");
        assertThatThrownBy(() -> ParameterRange.ofInts(null, 1, 2)).isInstanceOf(NullPointerException.class)
                .hasMessage("parameter");
    }

    @Test
    void anInvertedRangeIsRefusedInTheParameterUnit() {
        assertThatThrownBy(() -> ParameterRange.ofInts(Parameter.WINDOW_SIZE, 20, 10))
                .hasMessage("range of WINDOW_SIZE is inverted: min 20 > max 10; swap the bounds");
        assertThatThrownBy(() -> ParameterRange.ofDurations(Parameter.TIMEOUT, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessage("range of TIMEOUT is inverted: min 2000 ms > max 1000 ms; swap the bounds");
        assertThatThrownBy(() -> ParameterRange.ofDoubles(Parameter.RETRY_JITTER, 0.5, 0.25))
                .hasMessage("range of RETRY_JITTER is inverted: min 0.5 > max 0.25; swap the bounds");
    }

    @Test
    void boundsMustBeFinite() {
        assertThatThrownBy(() -> ParameterRange.ofDoubles(Parameter.RETRY_JITTER, Double.NaN, 1))
                .hasMessage("range of RETRY_JITTER: min must be a finite number, got NaN");
        assertThatThrownBy(() -> ParameterRange.ofDoubles(Parameter.FAILURE_RATE_THRESHOLD, 5, Double.POSITIVE_INFINITY))
                .hasMessage("range of FAILURE_RATE_THRESHOLD: max must be a finite number, got Infinity");
    }

    @Test
    void integerAndDurationBoundsMustBeWhole() {
        assertThatThrownBy(() -> new ParameterRange(Parameter.HALF_OPEN_PROBES, 1.5, 3))
                .hasMessage("range of HALF_OPEN_PROBES: min must be a whole number, got 1.5; round it");
        assertThatThrownBy(() -> new ParameterRange(Parameter.OPEN_DURATION, 100, 200.5))
                .hasMessage("range of OPEN_DURATION: max must be a whole number of milliseconds, got 200.5; round it");
        assertThatThrownBy(() -> ParameterRange.ofDurations(Parameter.TIMEOUT, Duration.ofNanos(1_500_000),
                Duration.ofSeconds(1)))
                .hasMessage("range of TIMEOUT: min must be whole milliseconds, got PT0.0015S; round it to the millisecond");
    }

    @Test
    void boundsOutsideTheHardLimitsNameTheAllowedInterval() {
        assertThatThrownBy(() -> ParameterRange.ofInts(Parameter.RETRY_MAX_ATTEMPTS, 1, 21))
                .hasMessage("range of RETRY_MAX_ATTEMPTS: max 21 is outside the allowed [1, 20]; choose a max within it");
        assertThatThrownBy(() -> ParameterRange.ofDurations(Parameter.TIMEOUT, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("range of TIMEOUT: min 0 ms is outside the allowed [1 ms, 3600000 ms]; choose a min within it");
        assertThatThrownBy(() -> ParameterRange.ofDoubles(Parameter.RETRY_JITTER, 0, 1.5))
                .hasMessage("range of RETRY_JITTER: max 1.5 is outside the allowed [0.0, 1.0]; choose a max within it");
    }

    @Test
    void aRangeContainsAndClampsWithinItsBoundsInclusive() {
        ParameterRange range = ParameterRange.ofInts(Parameter.MINIMUM_CALLS, 10, 20);
        assertThat(range.contains(10)).isTrue();
        assertThat(range.contains(20)).isTrue();
        assertThat(range.contains(9.999)).isFalse();
        assertThat(range.contains(20.001)).isFalse();
        assertThat(range.clamp(3)).isEqualTo(10);
        assertThat(range.clamp(15)).isEqualTo(15);
        assertThat(range.clamp(99)).isEqualTo(20);
    }

    @Test
    void equalBoundsPinTheParameter() {
        assertThat(ParameterRange.ofInts(Parameter.LIMIT_MIN, 4, 4).isFixed()).isTrue();
        assertThat(ParameterRange.ofInts(Parameter.LIMIT_MIN, 4, 5).isFixed()).isFalse();
    }

    @Test
    void everyParameterStatesItsKindAndHardLimits() {
        assertThat(Parameter.TIMEOUT.kind()).isEqualTo(ParameterKind.DURATION);
        assertThat(Parameter.RETRY_JITTER.kind()).isEqualTo(ParameterKind.DOUBLE);
        assertThat(Parameter.RETRY_JITTER.hardMin()).isEqualTo(0.0);
        assertThat(Parameter.RETRY_JITTER.hardMax()).isEqualTo(1.0);
        assertThat(Parameter.WINDOW_SIZE.kind()).isEqualTo(ParameterKind.INTEGER);
        for (Parameter p : Parameter.values()) {
            assertThat(p.hardMin()).as(p.name()).isLessThanOrEqualTo(p.hardMax());
            assertThat(new ParameterRange(p, p.hardMin(), p.hardMax()).contains(p.hardMax())).isTrue();
        }
        assertThat(ParameterKind.valueOf("DURATION")).isEqualTo(ParameterKind.DURATION);
    }

    @Test
    void aChoiceRangeIsARunOfNeighbouringOptionsWrittenAsTheirIndexes() {
        assertThat(Parameter.LIMIT_ALGORITHM.kind()).isEqualTo(ParameterKind.CHOICE);
        assertThat(Parameter.LIMIT_ALGORITHM.options())
                .isEqualTo(List.of(LimitAlgorithm.FIXED, LimitAlgorithm.AIMD, LimitAlgorithm.GRADIENT));
        assertThat(Parameter.LIMIT_ALGORITHM.hardMin()).isEqualTo(0.0);
        assertThat(Parameter.LIMIT_ALGORITHM.hardMax()).isEqualTo(2.0);
        assertThat(ParameterRange.ofChoices(Parameter.LIMIT_ALGORITHM, LimitAlgorithm.AIMD, LimitAlgorithm.GRADIENT))
                .isEqualTo(new ParameterRange(Parameter.LIMIT_ALGORITHM, 1, 2));
        assertThat(Parameter.TIMEOUT.options()).isEmpty();
    }

    @Test
    void aChoiceRangeNamesItsOptionsInItsMessages() {
        assertThatThrownBy(() -> ParameterRange.ofChoices(Parameter.LIMIT_ALGORITHM, LimitAlgorithm.GRADIENT,
                LimitAlgorithm.FIXED))
                .hasMessage("range of LIMIT_ALGORITHM is inverted: min GRADIENT > max FIXED; swap the bounds");
        assertThatThrownBy(() -> new ParameterRange(Parameter.LIMIT_ALGORITHM, 0, 3))
                .hasMessage("range of LIMIT_ALGORITHM: max 3.0 is outside the allowed [FIXED, GRADIENT]; choose a max"
                        + " within it");
        assertThatThrownBy(() -> new ParameterRange(Parameter.LIMIT_ALGORITHM, 0.5, 2))
                .hasMessage("range of LIMIT_ALGORITHM: min must be a whole option index, got 0.5; round it");
        assertThatThrownBy(() -> ParameterRange.ofChoices(Parameter.LIMIT_ALGORITHM, LimitAlgorithm.FIXED,
                BreakerPolicy.defaults().windowType()))
                .hasMessage("range of LIMIT_ALGORITHM: last COUNT is not one of its options [FIXED, AIMD, GRADIENT];"
                        + " choose one of them");
        assertThatThrownBy(() -> ParameterRange.ofChoices(Parameter.LIMIT_ALGORITHM, null, LimitAlgorithm.FIXED))
                .isInstanceOf(NullPointerException.class).hasMessage("first");
        assertThatThrownBy(() -> ParameterRange.ofChoices(Parameter.LIMIT_MAX, LimitAlgorithm.FIXED,
                LimitAlgorithm.AIMD))
                .hasMessage("LIMIT_MAX is a INTEGER parameter, not CHOICE; use the matching ParameterRange.of... factory");
    }

    @Test
    void onlyIntegersAndChoicesAreDiscrete() {
        assertThat(ParameterKind.INTEGER.isDiscrete()).isTrue();
        assertThat(ParameterKind.CHOICE.isDiscrete()).isTrue();
        assertThat(ParameterKind.DOUBLE.isDiscrete()).isFalse();
        assertThat(ParameterKind.DURATION.isDiscrete()).isFalse();
    }

    @Test
    void theLimitBackoffRatioStopsJustBelowOneAsThePolicyDoes() {
        assertThat(Parameter.LIMIT_BACKOFF_RATIO.hardMax()).isLessThan(1.0).isEqualTo(Math.nextDown(1.0));
        assertThatThrownBy(() -> ParameterRange.ofDoubles(Parameter.LIMIT_BACKOFF_RATIO, 0.5, 1.0))
                .hasMessageContaining("max 1.0 is outside the allowed [0.5, 0.9999999999999999]");
        assertThat(Parameter.LIMIT_TOLERANCE.hardMin()).isEqualTo(1.0);
        assertThat(Parameter.LIMIT_TOLERANCE.hardMax()).isEqualTo(100.0);
        assertThat(Parameter.RETRY_BACKOFF_MULTIPLIER.hardMax()).isEqualTo(100.0);
        assertThat(Parameter.LIMIT_LATENCY_THRESHOLD.kind()).isEqualTo(ParameterKind.DURATION);
    }
}
