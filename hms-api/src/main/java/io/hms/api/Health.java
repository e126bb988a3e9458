package io.hms.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The health of a component at a moment: its status, a human-readable reason and the time it was
 * observed.
 *
 * <p>Health checks return {@link #up()}, {@link #degraded(String)} or {@link #down(String)};
 * those are stamped with {@link Instant#EPOCH} and the monitor stamps the result with its own clock
 * ({@link #at(Instant)}). Immutable and thread-safe.
 *
 * @param status the status, never null
 * @param reason why, never null (empty when UP)
 * @param time   when it was observed, never null
 */
public record Health(HealthStatus status, String reason, Instant time) {

    private static final Health UP = new Health(HealthStatus.UP, "", Instant.EPOCH);

    /** Validates the fields. */
    public Health {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(time, "time");
    }

    /** A healthy result. */
    public static Health up() {
        return UP;
    }

    /** A result for a component that works, but worse than normal. */
    public static Health degraded(String reason) {
        return new Health(HealthStatus.DEGRADED, reason, Instant.EPOCH);
    }

    /** A result for a component that does not work. */
    public static Health down(String reason) {
        return new Health(HealthStatus.DOWN, reason, Instant.EPOCH);
    }

    /**
     * No judgement: see {@link HealthStatus#UNKNOWN}. The monitor reports it; a health check must not
     * return it.
     */
    public static Health unknown(String reason) {
        return new Health(HealthStatus.UNKNOWN, reason, Instant.EPOCH);
    }

    /** This health observed at {@code time}. */
    public Health at(Instant time) {
        return new Health(status, reason, time);
    }

    /** Whether the status is {@link HealthStatus#UP}. */
    public boolean isUp() {
        return status == HealthStatus.UP;
    }
}
