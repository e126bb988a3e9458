package io.hms.api.policy;

/** How a concurrency limit adapts to the dependency's behaviour. */
public enum LimitAlgorithm {
    /** The limit stays at its initial value. */
    FIXED,
    /**
     * Additive increase, multiplicative decrease: grows by one while the limit is in use and calls
     * succeed quickly; shrinks by the backoff ratio when a call fails, times out, or is slower than
     * the latency threshold.
     */
    AIMD,
    /**
     * Gradient: compares the recent round-trip time with the lowest one seen (no-load RTT) and
     * shrinks the limit in proportion as latency rises above the tolerance, growing it again as
     * latency falls.
     */
    GRADIENT
}
