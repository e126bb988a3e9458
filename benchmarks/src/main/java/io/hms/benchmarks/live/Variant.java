package io.hms.benchmarks.live;

/** Which version of a shape runs: the one the trace is recorded on, or one with another parameter. */
public enum Variant {
    /** The shape the optimizer's trace is recorded on. */
    TRAIN,
    /** The same shape with another parameter (capacity, burst period, outage length, slope) and other draws. */
    TEST;

    /** The lower-case name the report prints. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
