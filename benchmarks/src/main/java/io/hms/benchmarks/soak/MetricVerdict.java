package io.hms.benchmarks.soak;

import java.time.Duration;

/**
 * How one soak metric kept to its baseline.
 *
 * @param metric         the metric's name
 * @param baseline       its value at the baseline sample
 * @param lowest         its lowest value after the baseline
 * @param highest        its highest value after the baseline
 * @param worstDeviation the largest relative distance from the baseline after it, signed (0.07 is 7 % above);
 *                       infinite when the baseline is 0 and a later value is not
 * @param worstAt        when that value was sampled
 * @param tolerance      the largest distance that passes
 */
public record MetricVerdict(String metric, double baseline, double lowest, double highest, double worstDeviation,
                            Duration worstAt, double tolerance) {

    /** Whether every value after the baseline stayed within the tolerance. */
    public boolean passed() {
        return Math.abs(worstDeviation) <= tolerance;
    }

    /** One line: the metric, its baseline and range, the worst deviation and whether it passed. */
    public String describe() {
        String deviation = Double.isInfinite(worstDeviation) ? "from 0"
                : String.format("%+.1f %%", 100 * worstDeviation);
        return String.format("%-16s baseline %,.0f, after it %,.0f to %,.0f, worst %s at %d s: %s", metric, baseline,
                lowest, highest, deviation, worstAt.toSeconds(), passed() ? "PASS" : "FAIL");
    }
}
