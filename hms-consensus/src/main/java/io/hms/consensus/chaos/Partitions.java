package io.hms.consensus.chaos;

import com.alipay.sofa.jraft.entity.PeerId;
import com.alipay.sofa.jraft.util.Endpoint;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Raft nodes of this JVM that are cut off from the others: every message they send or receive is
 * dropped by the {@link PartitioningRpcFactory}, both ways. Process-wide, so that it isolates a node
 * from the other nodes of the same JVM (tests, examples) as well as from other processes.
 *
 * <pre>{@code
 * Partitions.isolate(new Endpoint("127.0.0.1", 7001));
 * ...
 * Partitions.heal(new Endpoint("127.0.0.1", 7001));
 * }</pre>
 *
 * <p>Normally driven by a {@code PartitionFault} or {@code NodeKillFault} through the chaos agent, which
 * bounds the isolation by a deadline. A message is judged by its receiver's address and by its sender:
 * the {@code server_id} of jraft's Raft requests, or the node a client was {@linkplain
 * PartitioningRpcFactory#bind bound to}. While no node is isolated, the check is one read of an empty set.
 * Thread-safe.
 */
public final class Partitions {

    private static final Set<Endpoint> ISOLATED = ConcurrentHashMap.newKeySet();

    private Partitions() {
    }

    /**
     * Cuts {@code node} off from the others.
     *
     * @return false if it already was
     */
    public static boolean isolate(Endpoint node) {
        return ISOLATED.add(Objects.requireNonNull(node, "node"));
    }

    /**
     * Lets {@code node}'s messages through again.
     *
     * @return false if it was not isolated
     */
    public static boolean heal(Endpoint node) {
        return ISOLATED.remove(Objects.requireNonNull(node, "node"));
    }

    /** Whether {@code node} is isolated now. */
    public static boolean isIsolated(Endpoint node) {
        return node != null && ISOLATED.contains(node);
    }

    /** The isolated nodes now. */
    public static Set<Endpoint> isolated() {
        return Set.copyOf(ISOLATED);
    }

    /**
     * Whether a message must be dropped.
     *
     * @param sender   the node that sends it, if the caller knows (a bound client); null otherwise
     * @param receiver the node it goes to
     * @param request  the message; a Raft request names its sender in {@code server_id}
     */
    static boolean drops(Endpoint sender, Endpoint receiver, Object request) {
        if (ISOLATED.isEmpty()) {
            return false;
        }
        return isIsolated(receiver) || isIsolated(sender) || isIsolated(senderOf(request));
    }

    /** The sender a Raft request names ({@code server_id}), or null. */
    static Endpoint senderOf(Object request) {
        if (!(request instanceof Message message)) {
            return null;
        }
        FieldDescriptor field = message.getDescriptorForType().findFieldByName("server_id");
        if (field == null || field.getJavaType() != FieldDescriptor.JavaType.STRING || !message.hasField(field)) {
            return null;
        }
        PeerId peer = new PeerId();
        return peer.parse((String) message.getField(field)) ? peer.getEndpoint() : null;
    }
}
