package io.hms.benchmarks.soak;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a soak runs and how it is judged.
 *
 * <pre>{@code
 * SoakOptions tenMinutes = SoakOptions.defaults();
 * SoakOptions ci = SoakOptions.ci();                           // 60 s, baseline at 20 s, a sample every 5 s
 * SoakOptions hour = SoakOptions.defaults()
 *         .withTiming(Duration.ofHours(1), Duration.ofMinutes(2), Duration.ofSeconds(10));
 * }</pre>
 *
 * @param duration     how long the guarded calls and the faults go on
 * @param baselineAt   when the baseline is taken; every later sample is compared with it
 * @param sampleEvery  the time between two samples
 * @param callers      virtual threads making guarded calls, back to back
 * @param callLatency  how long the guarded code takes (it sleeps, as a remote call waits)
 * @param components   guarded components, each with a health check, two repairs and a fallback
 * @param tolerance    the largest relative distance from the baseline that passes, e.g. 0.05
 * @param heapWindow   samples whose median is a sample's heap figure: the latest and those before it
 * @param threadWindow samples whose least is a sample's thread figure: the latest and those before it (fewer
 *                     at the start)
 * @param seed         seeds the choice of faults, their targets and durations
 */
public record SoakOptions(Duration duration, Duration baselineAt, Duration sampleEvery, int callers,
                          Duration callLatency, int components, double tolerance, int heapWindow, int threadWindow,
                          long seed) {

    /** Validates the options, naming the one out of range. */
    public SoakOptions {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(baselineAt, "baselineAt");
        Objects.requireNonNull(sampleEvery, "sampleEvery");
        Objects.requireNonNull(callLatency, "callLatency");
        if (callLatency.isNegative() || callLatency.isZero()) {
            throw new IllegalArgumentException("callLatency must be positive (callers that never block starve the "
                    + "runtime's virtual threads), got " + callLatency);
        }
        if (sampleEvery.isNegative() || sampleEvery.isZero()) {
            throw new IllegalArgumentException("sampleEvery must be positive, got " + sampleEvery);
        }
        if (heapWindow < 1 || threadWindow < 1) {
            throw new IllegalArgumentException("heapWindow and threadWindow must be at least 1, got " + heapWindow
                    + " and " + threadWindow);
        }
        if (baselineAt.compareTo(sampleEvery.multipliedBy(heapWindow)) < 0) {
            throw new IllegalArgumentException("baselineAt (" + baselineAt + ") must leave room for " + heapWindow
                    + " samples of " + sampleEvery + " before it; take a later baseline or sample more often");
        }
        if (duration.compareTo(baselineAt.plus(sampleEvery)) < 0) {
            throw new IllegalArgumentException("duration (" + duration + ") must reach at least one sample after the "
                    + "baseline at " + baselineAt + "; run longer");
        }
        if (callers < 1 || components < 1) {
            throw new IllegalArgumentException("callers and components must be at least 1, got " + callers + " and "
                    + components);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        }
    }

    /**
     * Ten minutes, baseline at minute 2, a sample every 10 s, 200 callers of 1 ms calls, 20 components, ±5 %,
     * the heap judged on the median of 3 samples, the threads on the least of 6.
     */
    public static SoakOptions defaults() {
        return new SoakOptions(Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofSeconds(10), 200,
                Duration.ofMillis(1), 20, 0.05, 3, 6, 1);
    }

    /** The CI version: 60 s, baseline at 20 s, a sample every 5 s; otherwise as {@link #defaults()}. */
    public static SoakOptions ci() {
        return defaults().withTiming(Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(5));
    }

    /** These options with another duration, baseline time and sampling period, checked together. */
    public SoakOptions withTiming(Duration newDuration, Duration newBaselineAt, Duration newSampleEvery) {
        return new SoakOptions(newDuration, newBaselineAt, newSampleEvery, callers, callLatency, components, tolerance,
                heapWindow, threadWindow, seed);
    }

    /** These options with another seed. */
    public SoakOptions withSeed(long value) {
        return new SoakOptions(duration, baselineAt, sampleEvery, callers, callLatency, components, tolerance,
                heapWindow, threadWindow, value);
    }
}
