package io.hms.api.optimize;

/**
 * How a {@link Parameter}'s values are written in a {@link ParameterRange}: the unit of its bounds and
 * how the optimizer searches between them.
 */
public enum ParameterKind {
    /** Whole numbers (calls, attempts, probes); the optimizer only proposes integers. */
    INTEGER,
    /** Real numbers (percentages, fractions). */
    DOUBLE,
    /**
     * Durations, written in whole milliseconds; the optimizer searches them on a logarithmic scale,
     * so 10 ms to 100 ms gets as much attention as 1 s to 10 s.
     */
    DURATION
}
