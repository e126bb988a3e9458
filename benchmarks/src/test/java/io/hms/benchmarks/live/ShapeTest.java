package io.hms.benchmarks.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShapeTest {

    @Test
    void theIdealGoodputIsTheCapacityLessItsErrorsTimeWeightedAcrossADropOrWhatAnOutageLeaves() {
        Duration phase = Duration.ofSeconds(6);
        assertThat(Shape.OVERLOAD.idealGoodput(Variant.TRAIN, phase)).hasValue(8 / 0.050 * 0.98);
        // 250/s offered (below 12/40 ms = 300/s) outside the drop, 4/40 ms = 100/s in it, for 35 % of the phase
        assertThat(Shape.CAPACITY_DROP.idealGoodput(Variant.TRAIN, phase).getAsDouble())
                .isCloseTo((0.65 * 250 + 0.35 * 100) * 0.98, within(1e-9));
        // 250/s offered, down for 30 % of the phase (test: 50 %), 1 % errors outside
        assertThat(Shape.OUTAGE.idealGoodput(Variant.TRAIN, phase).getAsDouble())
                .isCloseTo(250 * 0.70 * 0.99, within(1e-9));
        assertThat(Shape.OUTAGE.idealGoodput(Variant.TEST, phase).getAsDouble())
                .isCloseTo(250 * 0.50 * 0.99, within(1e-9));
        assertThat(Shape.HEALTHY.idealGoodput(Variant.TRAIN, phase)).isEmpty();
    }

    @Test
    void burstsStartAThirdOfAPeriodInAndLastTheirLength() {
        long period = 1_500_000_000L;
        long length = 400_000_000L;
        assertThat(ErrorBurstDependency.inBurst(0, period, length)).isFalse();
        assertThat(ErrorBurstDependency.inBurst(500_000_000L, period, length)).isTrue();
        assertThat(ErrorBurstDependency.inBurst(899_999_999L, period, length)).isTrue();
        assertThat(ErrorBurstDependency.inBurst(900_000_000L, period, length)).isFalse();
        assertThat(ErrorBurstDependency.inBurst(2_000_000_000L, period, length)).isTrue();
    }
}
