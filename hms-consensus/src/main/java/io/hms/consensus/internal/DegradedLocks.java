package io.hms.consensus.internal;

import io.hms.api.spi.LockLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The locks an instance grants itself once it has lost its group's quorum, so that it keeps healing
 * locally: repairs within this instance stay serialized, though not against other instances (which
 * cannot be asked). Such a lease stays valid until it ends or is released.
 *
 * <p>Their fencing tokens are negative, so they never pass for a replicated grant, and below every
 * replicated token: a resource that has seen a replicated token refuses a local one. They grow with
 * every local grant, within an instance and across its restarts, as they are made from the clock:
 * {@value #LOCAL_TOKEN_BASE} plus the grant's epoch millisecond times 1024, or one more than the last
 * token when that is higher. A request id asked again while its grant is current answers that grant.
 * Thread-safe.
 */
public final class DegradedLocks {

    /** The origin of local tokens: the lowest long, so that every local token stays negative. */
    public static final long LOCAL_TOKEN_BASE = Long.MIN_VALUE;

    private record Grant(String holder, long token, Instant expiresAt, String requestId) {
        LockLease toLease(String name) {
            return new LockLease(name, holder, token, expiresAt);
        }
    }

    private final Map<String, Grant> grants = new HashMap<>();
    private final Clock clock;
    private long lastToken = LOCAL_TOKEN_BASE;

    /** @param clock the clock leases are judged by and tokens made from */
    public DegradedLocks(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code lease} was granted here (while degraded) rather than through the log. */
    public static boolean isLocal(LockLease lease) {
        return lease.token() < 0;
    }

    /**
     * A local lease for {@code holder}, or empty while another local lease of {@code name} lasts; the
     * current grant again when it was made for {@code requestId}.
     */
    public synchronized Optional<LockLease> tryLock(String name, String holder, Duration lease, String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        Instant now = clock.instant();
        Grant current = grants.get(name);
        if (current != null && requestId.equals(current.requestId())) {
            return Optional.of(current.toLease(name));
        }
        if (current != null && current.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        lastToken = Math.max(lastToken + 1, LOCAL_TOKEN_BASE + now.toEpochMilli() * 1024);
        Grant grant = new Grant(holder, lastToken, now.plus(lease), requestId);
        grants.put(name, grant);
        return Optional.of(grant.toLease(name));
    }

    /** Extends {@code held} to end {@code lease} from now, if it is still the current, unexpired local grant. */
    public synchronized Optional<LockLease> renew(LockLease held, Duration lease) {
        Grant current = grants.get(held.name());
        Instant now = clock.instant();
        if (current == null || current.token() != held.token() || !current.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        Grant renewed = new Grant(current.holder(), current.token(), now.plus(lease), current.requestId());
        grants.put(held.name(), renewed);
        return Optional.of(renewed.toLease(held.name()));
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
