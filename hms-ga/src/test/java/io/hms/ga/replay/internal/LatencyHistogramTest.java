package io.hms.ga.replay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentileIsWithinAnEighthAboveTheTrueValue() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 100_000; v++) {
            h.record(v * 1_000);
        }
        long p99 = h.percentile(0.99);
        assertThat(p99).isBetween(99_000_000L, (long) (99_000_000L * 1.125));
        assertThat(h.percentile(1.0)).isGreaterThanOrEqualTo(100_000_000L);
    }

    @Test
    void smallValuesAreExactAndEmptyIsZero() {
        LatencyHistogram h = new LatencyHistogram();
        assertThat(h.percentile(0.99)).isZero();
        h.record(3);
        assertThat(h.percentile(0.5)).isEqualTo(3);
    }

    @Test
    void bucketBoundsAreContiguous() {
        // values 0-7 have a bucket each; from 8 on, eight buckets per power of two starting at index 24
        assertThat(LatencyHistogram.index(LatencyHistogram.upperBound(7) + 1)).isEqualTo(24);
        for (int i = 24; i < 500; i++) {
            assertThat(LatencyHistogram.index(LatencyHistogram.upperBound(i))).isEqualTo(i);
            assertThat(LatencyHistogram.index(LatencyHistogram.upperBound(i) + 1)).isEqualTo(i + 1);
        }
    }
}
