package io.hms.consensus.internal;

import io.hms.api.spi.LockLease;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The replicated locks: who holds each lock until when, for which request, and the newest fencing
 * token of each.
 *
 * <p>Every decision is a function of the commands applied so far, with time taken from the leader's
 * stamp in each command, so every replica decides identically. Tokens grow by one per grant of a lock
 * and are never reused, even after the lock is released. An acquisition applied again with the request
 * id of the lock's current grant (a retry whose first answer was lost) answers that grant, whether or
 * not it has expired since: a retry never takes a second token nor is refused its own lease. Not
 * thread-safe; guarded by {@link ReplicatedState}.
 */
final class LockTable {

    /**
     * A current grant of a lock.
     *
     * @param holder          who holds it
     * @param token           its fencing token
     * @param expiresAtMillis when it ends, on the leader's clock (epoch milliseconds)
     * @param requestId       the request it was granted for; null for grants made before request ids
     */
    record Grant(String holder, long token, long expiresAtMillis, String requestId) {

        LockLease toLease(String name) {
            return new LockLease(name, holder, token, Instant.ofEpochMilli(expiresAtMillis));
        }
    }

    private final Map<String, Grant> grants = new TreeMap<>();
    private final Map<String, Long> tokens = new TreeMap<>();

    /**
     * Grants {@code command} unless another unexpired grant holds the lock; answers the current grant
     * again when it was made for the same request.
     */
    Optional<LockLease> acquire(Command.AcquireLock command) {
        Grant current = grants.get(command.name());
        if (current != null && command.requestId() != null && command.requestId().equals(current.requestId())) {
            return Optional.of(current.toLease(command.name()));
        }
        if (current != null && command.stampMillis() < current.expiresAtMillis()) {
            return Optional.empty();
        }
        long token = tokens.merge(command.name(), 1L, Long::sum);
        Grant grant = new Grant(command.holder(), token, command.stampMillis() + command.leaseMillis(),
                command.requestId());
        grants.put(command.name(), grant);
        return Optional.of(grant.toLease(command.name()));
    }

    /**
     * Extends the lock's current grant to end {@code command}'s lease after its stamp, if the grant is the one
     * of {@code command}'s token and has not ended at the stamp; otherwise nothing.
     */
    Optional<LockLease> renew(Command.RenewLock command) {
        Grant current = grants.get(command.name());
        if (current == null || current.token() != command.token() || command.stampMillis() >= current.expiresAtMillis()) {
            return Optional.empty();
        }
        Grant renewed = new Grant(current.holder(), current.token(), command.stampMillis() + command.leaseMillis(),
                current.requestId());
        grants.put(command.name(), renewed);
        return Optional.of(renewed.toLease(command.name()));
    }

    /** Frees the lock if {@code command}'s token is its current grant; otherwise nothing. */
    void release(Command.ReleaseLock command) {
        Grant current = grants.get(command.name());
        if (current != null && current.token() == command.token()) {
            grants.remove(command.name());
        }
    }

    /** The newest token granted for {@code name}, 0 if none. */
    long newestToken(String name) {
        return tokens.getOrDefault(name, 0L);
    }

    /** The current grant of {@code name}, expired or not; empty when released or never granted. */
    Optional<LockLease> current(String name) {
        Grant grant = grants.get(name);
        return grant == null ? Optional.empty() : Optional.of(grant.toLease(name));
    }

    /** The current grant of {@code name} if it was made for {@code requestId}. */
    Optional<LockLease> grantedFor(String name, String requestId) {
        Grant grant = grants.get(name);
        return grant != null && Objects.equals(grant.requestId(), Objects.requireNonNull(requestId, "requestId"))
                ? Optional.of(grant.toLease(name)) : Optional.empty();
    }

    Map<String, Grant> grants() {
        return Map.copyOf(grants);
    }

    Map<String, Long> tokens() {
        return Map.copyOf(tokens);
    }

    void restore(Map<String, Grant> savedGrants, Map<String, Long> savedTokens) {
        grants.clear();
        grants.putAll(savedGrants);
        tokens.clear();
        tokens.putAll(savedTokens);
    }
}
