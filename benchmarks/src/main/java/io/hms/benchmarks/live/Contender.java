package io.hms.benchmarks.live;

/** The policies a round measures. */
public enum Contender {
    /** The policy in force after the optimizer and the canary (the start when nothing was promoted). */
    WINNER,
    /** The policy in force when the trace was recorded: the Resilience4j-like one. */
    START,
    /** {@code ComponentPolicy.defaults().guard()}. */
    DEFAULTS
}
