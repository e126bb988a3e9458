package io.hms.benchmarks.live;

/** The policies a round measures. */
public enum Contender {
    /** The policy the optimizer promotes (the start when it patches nothing). */
    WINNER,
    /** The policy in force when the trace was recorded: the Resilience4j-like one. */
    START,
    /** {@code ComponentPolicy.defaults().guard()}. */
    DEFAULTS
}
