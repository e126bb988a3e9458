package io.hms.core.chaos.metrics;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * A summary of measured durations: how many, the median, the 95th percentile and the maximum (nearest
 * rank). Immutable.
 *
 * <pre>{@code Distribution mttr = Distribution.of(List.of(Duration.ofMillis(120), Duration.ofMillis(180))); }</pre>
 *
 * @param count how many samples
 * @param p50   the median; zero without samples
 * @param p95   the 95th percentile; zero without samples
 * @param max   the largest; zero without samples
 */
public record Distribution(int count, Duration p50, Duration p95, Duration max) {

    /** The distribution of {@code samples}. */
    public static Distribution of(Collection<Duration> samples) {
        List<Duration> sorted = samples.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return new Distribution(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }
        return new Distribution(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), sorted.get(sorted.size() - 1));
    }

    private static Duration rank(List<Duration> sorted, double q) {
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
