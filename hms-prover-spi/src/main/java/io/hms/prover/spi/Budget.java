package io.hms.prover.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * What one proof attempt may spend: wall time, and the backend's deterministic resource count (Z3's
 * {@code rlimit}), which makes a strategy's cost reproducible where wall time is not.
 *
 * @param wallTime       how long the attempt may take, positive
 * @param resourceLimit  the backend's resource count at most, 0 for none
 */
public record Budget(Duration wallTime, long resourceLimit) {

    /** Validates the fields. */
    public Budget {
        Objects.requireNonNull(wallTime, "wallTime");
        if (wallTime.isNegative() || wallTime.isZero()) {
            throw new IllegalArgumentException("a proof's wall time must be positive, got " + wallTime);
        }
        if (resourceLimit < 0) {
            throw new IllegalArgumentException("resourceLimit must be 0 (none) or more, got " + resourceLimit);
        }
    }

    /** {@code wallTime} and no resource limit. */
    public static Budget of(Duration wallTime) {
        return new Budget(wallTime, 0);
    }
}
