package io.hms.consensus.chaos;

/**
 * Whether chaos has cut one Raft node off from its peers: while it has, the node's RPC clients fail
 * every request at once and its RPC server answers none, so nothing it sends or receives gets through,
 * within its JVM and across processes alike. One per coordinator whose config enables chaos faults,
 * shared by that node's clients and server only; other nodes, in this JVM or elsewhere, need not know.
 * While the node is not cut off, the check is one volatile read. Thread-safe.
 */
public final class NodePartition {

    private final String node;
    private volatile boolean isolated;

    /** @param node the node's address, for messages */
    public NodePartition(String node) {
        this.node = node;
    }

    /**
     * Cuts the node off.
     *
     * @return false if it already was
     */
    public synchronized boolean isolate() {
        boolean changed = !isolated;
        isolated = true;
        return changed;
    }

    /**
     * Lets the node's messages through again.
     *
     * @return false if it was not cut off
     */
    public synchronized boolean heal() {
        boolean changed = isolated;
        isolated = false;
        return changed;
    }

    /** Whether the node is cut off now. */
    public boolean isolated() {
        return isolated;
    }

    @Override
    public String toString() {
        return "partition of " + node + (isolated ? " (isolated)" : "");
    }
}
