package io.hms.core.chaos;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether chaos may be injected in this runtime, and the bounds every fault must stay within.
 * Chaos is off by default; a host turns it on explicitly:
 *
 * <pre>{@code
 * Hms hms = Hms.builder().chaos(ChaosOptions.enabled().withMaxDuration(Duration.ofSeconds(10))).build();
 * }</pre>
 *
 * @param allowed        whether faults may be injected at all
 * @param maxDuration    the longest a fault may last before it reverts by itself; at most 30 s
 * @param maxMemoryBytes the most a memory-pressure fault may hold
 */
public record ChaosOptions(boolean allowed, Duration maxDuration, long maxMemoryBytes) {

    /** The upper bound of {@link #maxDuration()}: no fault outlives it. */
    public static final Duration HARD_LIMIT = Duration.ofSeconds(30);

    /** Validates the bounds, naming the bad one. */
    public ChaosOptions {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxDuration.isNegative() || maxDuration.isZero() || maxDuration.compareTo(HARD_LIMIT) > 0) {
            throw new IllegalArgumentException("maxDuration must be in (0, 30s], got " + maxDuration);
        }
        if (maxMemoryBytes < 0) {
            throw new IllegalArgumentException("maxMemoryBytes must be >= 0, got " + maxMemoryBytes);
        }
    }

    /** Chaos off: every injection is refused with {@link ChaosDisabledException}. The default. */
    public static ChaosOptions disabled() {
        return new ChaosOptions(false, HARD_LIMIT, 256L << 20);
    }

    /** Chaos on, faults up to 30 s and memory pressure up to 256 MiB. */
    public static ChaosOptions enabled() {
        return new ChaosOptions(true, HARD_LIMIT, 256L << 20);
    }

    /** These options with another longest fault duration. */
    public ChaosOptions withMaxDuration(Duration value) {
        return new ChaosOptions(allowed, value, maxMemoryBytes);
    }

    /** These options with another memory-pressure bound. */
    public ChaosOptions withMaxMemoryBytes(long value) {
        return new ChaosOptions(allowed, maxDuration, value);
    }
}
