package io.hms.api.spi;

/**
 * A streaming anomaly detector over one component's signals, fed once per monitor tick (never per call).
 * The runtime creates one per component from the {@link AnomalyDetectorProvider} it finds and calls it from
 * one thread at a time; a detector that throws is dropped for that component and the runtime goes on.
 *
 * <pre>{@code
 * AnomalyDetector detector = provider.create("inventory", List.of("call.latency.ms", "call.error.rate"), 42L);
 * AnomalyDetector.Reading r = detector.observe(tick, new double[] {21.5, 0.01});
 * if (r.grade() > 0) { ... }
 * }</pre>
 */
public interface AnomalyDetector {

    /**
     * Takes one tick's values, in the order of the signals the detector was created for.
     *
     * @param tick   the tick's number, increasing
     * @param values one value per signal, finite
     * @return how strange these values are, given the ones before
     */
    Reading observe(long tick, double[] values);

    /**
     * What a detector made of one tick.
     *
     * @param grade    0 when the tick looks usual, else how sure the detector is of an anomaly, in (0, 1]
     * @param score    the raw anomaly score (higher is stranger; 0 while the detector still learns)
     * @param expected what the detector expected of each signal, or an empty array when it has no expectation
     */
    record Reading(double grade, double score, double[] expected) {

        private static final double[] NONE = new double[0];

        /** A usual tick, with no expectation. */
        public static Reading usual(double score) {
            return new Reading(0, score, NONE);
        }

        /** Validates and copies. */
        public Reading {
            if (!(grade >= 0 && grade <= 1)) {
                throw new IllegalArgumentException("grade must be in [0, 1], got " + grade);
            }
            expected = expected.clone();
        }

        /** What the detector expected of each signal (a copy; empty when none). */
        @Override
        public double[] expected() {
            return expected.clone();
        }
    }
}
