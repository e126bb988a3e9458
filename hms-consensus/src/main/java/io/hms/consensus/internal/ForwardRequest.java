package io.hms.consensus.internal;

import java.io.Serial;
import java.io.Serializable;

/**
 * A command a follower sends to the leader to be proposed, as a versioned log entry.
 * A plain serializable carrier for jraft's RPC layer; the payload is the codec's log-entry form.
 */
public final class ForwardRequest implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The group the command is for. */
    public String groupId;
    /** The command, encoded by {@link CommandCodec#encode}. */
    public byte[] entry;

    /** For the RPC layer. */
    public ForwardRequest() {
    }

    ForwardRequest(String groupId, byte[] entry) {
        this.groupId = groupId;
        this.entry = entry;
    }
}
