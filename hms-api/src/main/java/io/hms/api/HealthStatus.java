package io.hms.api;

/** How well a component works, from best to worst. */
public enum HealthStatus {
    /** Working normally. */
    UP,
    /** Working, but worse than normal (slow, partly failing); not repaired, but reported. */
    DEGRADED,
    /** Not working; the healer starts an incident. */
    DOWN;

    /** Returns the worse of this status and {@code other}. */
    public HealthStatus worst(HealthStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
