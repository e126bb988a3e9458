package io.hms.core.chaos.experiment;

import java.time.Duration;
import java.util.Objects;

/**
 * The hypothesis an experiment starts from and must return to: over {@code window}, the component's
 * guarded calls fail less than {@code maxErrorRate} of the time and their p99 latency stays under
 * {@code maxP99}. Measured from the guard's counters (errors: failures and refusals, fallbacks or not)
 * and trace (latencies of the attempts that ran).
 *
 * <pre>{@code SteadyState ok = new SteadyState(0.01, Duration.ofMillis(200), Duration.ofMillis(500)); }</pre>
 *
 * @param maxErrorRate the error rate that must not be reached, in (0, 1]
 * @param maxP99       the p99 latency that must not be reached
 * @param window       how long each measurement lasts
 */
public record SteadyState(double maxErrorRate, Duration maxP99, Duration window) {

    /** Validates the arguments, naming the bad one. */
    public SteadyState {
        if (!(maxErrorRate > 0 && maxErrorRate <= 1)) {
            throw new IllegalArgumentException("maxErrorRate must be in (0, 1], got " + maxErrorRate);
        }
        ExperimentChecks.positive(maxP99, "maxP99");
        ExperimentChecks.positive(window, "window");
    }

    /** Error rate below 1 %, p99 below 200 ms, over 500 ms. */
    public static SteadyState defaults() {
        return new SteadyState(0.01, Duration.ofMillis(200), Duration.ofMillis(500));
    }

    /** Whether a measurement meets the hypothesis. */
    public boolean holds(Measurement m) {
        Objects.requireNonNull(m, "measurement");
        return m.errorRate() < maxErrorRate && m.p99().compareTo(maxP99) < 0;
    }

    /**
     * One measurement over a window.
     *
     * @param calls     guarded calls in the window
     * @param errorRate the share that did not succeed
     * @param p99       the 99th percentile latency of the attempts that ran
     */
    public record Measurement(long calls, double errorRate, Duration p99) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d calls, %.1f%% errors, p99 %d ms", calls,
                    errorRate * 100, p99.toMillis());
        }
    }
}
