package io.hms.consensus;

/**
 * How a {@link RaftCoordinator} answers state queries such as {@code checkFence}.
 */
public enum ReadMode {
    /**
     * Linearizable: the leader confirms with a quorum that it still leads (ReadIndex) and the replica
     * waits until it has applied up to that point. The default.
     */
    READ_INDEX,
    /**
     * Lease read: the leader trusts its lease instead of asking a quorum. Cheaper, but linearizable
     * only while clocks drift less than the lease allows. Opt-in.
     */
    LEASE
}
