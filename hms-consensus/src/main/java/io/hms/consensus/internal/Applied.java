package io.hms.consensus.internal;

import io.hms.api.spi.LockLease;

/**
 * The outcome of a command once applied: its log index, and the lease a lock acquisition granted
 * (null otherwise, or when the lock was held).
 *
 * @param index the command's log index
 * @param lease the granted lease, or null
 */
public record Applied(long index, LockLease lease) {
}
