package io.hms.consensus.internal;

import java.io.Serial;
import java.io.Serializable;

/**
 * The leader's answer to a {@link ForwardRequest}: the applied outcome as JSON, or why not.
 * {@code notLeader} means the receiver refused for not leading before the entry reached its log, so the
 * sender may retry elsewhere.
 */
public final class ForwardResponse implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The {@link Applied} outcome as JSON, or null on failure. */
    public byte[] applied;
    /** Why it failed, or null. */
    public String error;
    /** Whether the receiver refused for not leading. */
    public boolean notLeader;

    /** For the RPC layer. */
    public ForwardResponse() {
    }

    static ForwardResponse ok(byte[] applied) {
        ForwardResponse response = new ForwardResponse();
        response.applied = applied;
        return response;
    }

    static ForwardResponse failed(String error, boolean notLeader) {
        ForwardResponse response = new ForwardResponse();
        response.error = error;
        response.notLeader = notLeader;
        return response;
    }
}
