package io.hms.consensus.internal;

import java.io.Serial;

/**
 * A command that did not complete: no leader, lost leadership, or a timeout.
 * {@link #notLeader()} tells that the receiver refused it before appending, so it may be retried
 * elsewhere without being applied twice.
 */
public final class RaftCommandException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean notLeader;

    /**
     * @param message   what went wrong
     * @param notLeader whether the receiver refused it for not leading
     */
    public RaftCommandException(String message, boolean notLeader) {
        super(message);
        this.notLeader = notLeader;
    }

    /** Whether the receiver refused the command for not leading. */
    public boolean notLeader() {
        return notLeader;
    }
}
