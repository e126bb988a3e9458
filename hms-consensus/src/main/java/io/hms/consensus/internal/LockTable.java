package io.hms.consensus.internal;

import io.hms.api.spi.LockLease;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The replicated locks: who holds each lock until when, and the newest fencing token of each.
 *
 * <p>Every decision is a function of the commands applied so far, with time taken from the leader's
 * stamp in each command, so every replica decides identically. Tokens grow by one per grant of a lock
 * and are never reused, even after the lock is released. Not thread-safe; guarded by
 * {@link ReplicatedState}.
 */
final class LockTable {

    /** A current grant of a lock. */
    record Grant(String holder, long token, long expiresAtMillis) {
    }

    private final Map<String, Grant> grants = new TreeMap<>();
    private final Map<String, Long> tokens = new TreeMap<>();

    /** Grants {@code command} unless another unexpired grant holds the lock. */
    Optional<LockLease> acquire(Command.AcquireLock command) {
        Grant current = grants.get(command.name());
        if (current != null && command.stampMillis() < current.expiresAtMillis()) {
            return Optional.empty();
        }
        long token = tokens.merge(command.name(), 1L, Long::sum);
        long expiresAt = command.stampMillis() + command.leaseMillis();
        grants.put(command.name(), new Grant(command.holder(), token, expiresAt));
        return Optional.of(new LockLease(command.name(), command.holder(), token, Instant.ofEpochMilli(expiresAt)));
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
