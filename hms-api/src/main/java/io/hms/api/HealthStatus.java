package io.hms.api;

/**
 * How well a component works: {@link #UP}, {@link #DEGRADED} and {@link #DOWN} from best to worst, or
 * {@link #UNKNOWN} while there is no judgement to give.
 */
public enum HealthStatus {
    /** Working normally. */
    UP,
    /** Working, but worse than normal (slow, partly failing); not repaired, but reported. */
    DEGRADED,
    /** Not working; the healer starts an incident. */
    DOWN,
    /**
     * Not judged: no health check has given a result yet (the runtime is not started, its checks have
     * not run yet, or the component has none), or the runtime is closed. The reason says which. It is
     * no evidence either way: the healer does not act on it, and {@link #worst} lets any other status
     * win over it. A health check never answers it; one that does counts as failed.
     */
    UNKNOWN;

    /**
     * Returns the worse of this status and {@code other}; {@link #UNKNOWN}, being no judgement, only
     * when both are.
     */
    public HealthStatus worst(HealthStatus other) {
        if (this == UNKNOWN) {
            return other;
        }
        if (other == UNKNOWN) {
            return this;
        }
        return compareTo(other) >= 0 ? this : other;
    }
}
