package io.hms.ga.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.ParameterRange;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.Genotype;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicySpaceTest {

    @Test
    void defaultsCoverEveryParameterButTheSlowCallRuleWithinItsHardLimits() {
        PolicySpace space = PolicySpace.defaults();
        EnumSet<Parameter> slowCallRule = EnumSet.of(Parameter.SLOW_CALL_RATE_THRESHOLD, Parameter.SLOW_CALL_DURATION);
        assertThat(space.parameters()).containsExactlyElementsOf(EnumSet.complementOf(slowCallRule));
        for (Parameter p : space.parameters()) {
            ParameterRange r = space.range(p).orElseThrow();
            assertThat(r.min()).isGreaterThanOrEqualTo(p.hardMin());
            assertThat(r.max()).isLessThanOrEqualTo(p.hardMax());
            assertThat(r.min()).isLessThan(r.max());
        }
    }

    @Test
    void theSlowCallRuleIsTunedOnceAddedToASpace() {
        PolicySpace space = PolicySpace.defaults()
                .with(Parameter.SLOW_CALL_RATE_THRESHOLD, 50.0, 100.0)
                .with(Parameter.SLOW_CALL_DURATION, Duration.ofMillis(200), Duration.ofSeconds(5));
        PolicyCodec codec = PolicyCodec.of(space, ComponentPolicy.defaults());
        assertThat(codec.genes()).contains(Parameter.SLOW_CALL_RATE_THRESHOLD, Parameter.SLOW_CALL_DURATION);
        GuardPolicy lowest = codec.decodeGuard(Genotype.of(codec.newGenotype().stream()
                .map(c -> DoubleChromosome.of(DoubleGene.of(c.gene().min(), c.gene().min(), c.gene().max())))
                .toList()));
        assertThat(lowest.breaker().slowCallRateThreshold()).isEqualTo(50f);
        assertThat(lowest.breaker().slowCallDuration()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void withNarrowsAndWithoutRemoves() {
        PolicySpace space = PolicySpace.defaults()
                .with(Parameter.RETRY_MAX_ATTEMPTS, 1, 2)
                .with(Parameter.TIMEOUT, Duration.ofMillis(50), Duration.ofSeconds(1))
                .with(Parameter.RETRY_JITTER, 0.1, 0.2)
                .without(Parameter.HALF_OPEN_PROBES);
        assertThat(space.range(Parameter.RETRY_MAX_ATTEMPTS).orElseThrow()).isEqualTo(
                new ParameterRange(Parameter.RETRY_MAX_ATTEMPTS, 1, 2));
        assertThat(space.range(Parameter.TIMEOUT).orElseThrow().max()).isEqualTo(1000);
        assertThat(space.contains(Parameter.HALF_OPEN_PROBES)).isFalse();
        assertThat(PolicySpace.defaults().contains(Parameter.HALF_OPEN_PROBES)).as("immutable").isTrue();
    }

    @Test
    void rangeOutsideHardLimitsNamesParameterValueAndFix() {
        assertThatThrownBy(() -> PolicySpace.defaults().with(Parameter.RETRY_JITTER, 0.0, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RETRY_JITTER")
                .hasMessageContaining("1.5")
                .hasMessageContaining("[0.0, 1.0]")
                .hasMessageContaining("choose a max within it");
    }

    @Test
    void invertedRangeAsksToSwapTheBounds() {
        assertThatThrownBy(() -> ParameterRange.ofInts(Parameter.WINDOW_SIZE, 100, 10))
                .hasMessageContaining("WINDOW_SIZE")
                .hasMessageContaining("min 100 > max 10")
                .hasMessageContaining("swap the bounds");
    }

    @Test
    void fractionalIntegerOrMillisecondIsRefused() {
        assertThatThrownBy(() -> new ParameterRange(Parameter.MINIMUM_CALLS, 1.5, 10))
                .hasMessageContaining("MINIMUM_CALLS")
                .hasMessageContaining("whole number")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> ParameterRange.ofDurations(Parameter.TIMEOUT, Duration.ofNanos(1500), Duration.ofSeconds(1)))
                .hasMessageContaining("TIMEOUT")
                .hasMessageContaining("whole milliseconds");
    }

    @Test
    void factoryOfTheWrongKindPointsToTheRightOne() {
        assertThatThrownBy(() -> PolicySpace.defaults().with(Parameter.TIMEOUT, 1, 10))
                .hasMessageContaining("TIMEOUT is a DURATION parameter, not INTEGER")
                .hasMessageContaining("ParameterRange.of");
    }

    @Test
    void concurrencyBoundsMustAllowMinAtMostMax() {
        assertThatThrownBy(() -> PolicySpace.defaults()
                .with(Parameter.LIMIT_MAX, 10, 20)
                .with(Parameter.LIMIT_MIN, 30, 40))
                .hasMessageContaining("LIMIT_MIN starts at 30")
                .hasMessageContaining("LIMIT_MAX 20")
                .hasMessageContaining("lower LIMIT_MIN or raise LIMIT_MAX");
    }

    @Test
    void rangeKeyedUnderAnotherParameterIsRefused() {
        assertThatThrownBy(() -> new PolicySpace(Map.of(Parameter.TIMEOUT,
                new ParameterRange(Parameter.OPEN_DURATION, 1, 10))))
                .hasMessageContaining("under TIMEOUT is a range of OPEN_DURATION");
    }
}
