package io.hms.benchmarks.live;

/**
 * What the callers saw in one phase: every call offered in the phase, however long after it its answer came.
 *
 * @param offered          calls offered
 * @param successes        calls that returned a value
 * @param seconds          the phase's length, the denominator of goodput
 * @param p99SuccessMillis the 99th percentile latency of the successful calls, ms (0 if none)
 * @param p99AllMillis     the 99th percentile latency of all calls, ms
 */
public record PhaseResult(long offered, long successes, double seconds, double p99SuccessMillis, double p99AllMillis) {

    /** Successful calls per second of the phase. */
    public double goodput() {
        return successes / seconds;
    }

    /** Failed or refused calls over offered calls, in [0, 1]. */
    public double errorRate() {
        return offered == 0 ? 0 : (double) (offered - successes) / offered;
    }
}
