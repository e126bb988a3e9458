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
    DURATION,
    /**
     * One of a fixed set of options ({@link Parameter#options()}), written as the option's index in
     * declaration order; a range is a run of neighbouring options. The optimizer only proposes whole
     * indexes, and no option is nearer to another than its index says.
     */
    CHOICE;

    /** Whether the optimizer proposes only whole values and steps by whole units: INTEGER and CHOICE. */
    public boolean isDiscrete() {
        return this == INTEGER || this == CHOICE;
    }
}
