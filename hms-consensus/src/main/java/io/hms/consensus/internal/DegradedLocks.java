package io.hms.consensus.internal;

import io.hms.api.spi.LockLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The locks an instance grants itself while it cannot reach a quorum, so that it keeps healing
 * locally: repairs within this instance stay serialized, though not against other instances (which
 * cannot be asked). Their fencing tokens are negative, so they never pass for a replicated grant;
 * such a lease stays valid until it ends or is released. Thread-safe.
 */
public final class DegradedLocks {

    private record Grant(String holder, long token, Instant expiresAt) {
    }

    private final Map<String, Grant> grants = new HashMap<>();
    private final Clock clock;
    private long lastToken;

    /** @param clock the clock leases are judged by */
    public DegradedLocks(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code lease} was granted here (while degraded) rather than through the log. */
    public static boolean isLocal(LockLease lease) {
        return lease.token() < 0;
    }

    /** A local lease for {@code holder}, or empty while another local lease of {@code name} lasts. */
    public synchronized Optional<LockLease> tryLock(String name, String holder, Duration lease) {
        Instant now = clock.instant();
        Grant current = grants.get(name);
        if (current != null && current.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        Grant grant = new Grant(holder, --lastToken, now.plus(lease));
        grants.put(name, grant);
        return Optional.of(new LockLease(name, holder, grant.token(), grant.expiresAt()));
    }

    /** Releases {@code lease} if it is still the current local grant of its lock. */
    public synchronized void unlock(LockLease lease) {
        Grant current = grants.get(lease.name());
        if (current != null && current.token() == lease.token()) {
            grants.remove(lease.name());
        }
    }

    /** Whether {@code lease} is the current, unexpired local grant of its lock. */
    public synchronized boolean checkFence(LockLease lease) {
        Grant current = grants.get(lease.name());
        return current != null && current.token() == lease.token() && current.expiresAt().isAfter(clock.instant());
    }
}
