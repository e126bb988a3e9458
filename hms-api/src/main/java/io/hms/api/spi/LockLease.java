package io.hms.api.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A held lock: its name, the holder, when the lease ends, and its fencing token.
 *
 * <p>Fencing tokens grow with every grant of the same lock. A holder passes its token with each
 * write to the guarded resource; the resource (or {@link Coordinator#checkFence}) refuses a token
 * lower than the newest it has seen, so a holder whose lease expired while it was paused cannot
 * overwrite the work of the next one.
 *
 * @param name      the lock
 * @param holder    who holds it
 * @param token     the fencing token, growing per grant
 * @param expiresAt when the lease ends unless renewed
 */
public record LockLease(String name, String holder, long token, Instant expiresAt) {

    /** Validates the fields. */
    public LockLease {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
