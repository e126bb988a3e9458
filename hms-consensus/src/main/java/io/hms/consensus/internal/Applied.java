package io.hms.consensus.internal;

import io.hms.api.spi.LockLease;

/**
 * The outcome of a command once applied: its log index, the lease a lock acquisition granted, the
 * policy version a policy commit made, or the version that refused a compare-and-set policy commit.
 * Every replica computes the same outcome for the same entry.
 *
 * @param index           the command's log index
 * @param lease           the granted lease (or the one granted before to the same request), else null
 * @param version         the policy version a policy commit made, else 0
 * @param conflictVersion the component's current version when a compare-and-set policy commit was
 *                        refused (the entry changed nothing), else 0
 */
public record Applied(long index, LockLease lease, long version, long conflictVersion) {

    /** A command that changed nothing this record describes, or a lock acquisition refused. */
    static Applied plain(long index) {
        return new Applied(index, null, 0, 0);
    }

    /** Whether a compare-and-set policy commit was refused. */
    public boolean refused() {
        return conflictVersion != 0;
    }
}
