package io.hms.core.chaos;

import io.hms.api.spi.Coordinator;
import java.util.Optional;

/**
 * What a cluster coordinator lets the chaos agent break: its own Raft node. A coordinator that
 * implements it, or provides it ({@link Provider}, as hms-consensus' {@code RaftCoordinator} does), can be hit by a {@link NodeKillFault} or a
 * {@link PartitionFault}; the embedded local coordinator cannot, and those faults are refused.
 *
 * <p>Inject through the chaos agent rather than calling these methods: it refuses when chaos is
 * disabled, bounds every outage by a deadline, publishes the events and reverts on close.
 *
 * <pre>{@code
 * Hms hms = Hms.builder().coordinator(RaftCoordinator.start(config)).chaos(ChaosOptions.enabled()).build().start();
 * hms.chaos().inject(new NodeKillFault(), Duration.ofSeconds(5));   // the node restarts after 5 s at the latest
 * }</pre>
 *
 * <p>Implementations are thread-safe; each method is called once per fault, a revert always after its
 * injection.
 */
public interface ClusterFaults {

    /** The {@link Fault#target()} of the faults on this instance's node: its coordinator. */
    String TARGET = "coordinator";

    /**
     * Stops this instance's node abruptly, as a crash would: no graceful leadership transfer, no
     * snapshot. The host keeps running on its own (degraded mode).
     *
     * @throws IllegalStateException if the node is not running
     */
    void crashNode();

    /** Starts the node again from its data directory; it rejoins the group and catches up. */
    void restartNode();

    /**
     * Drops every Raft message this node sends or receives, both ways, while the node keeps running.
     *
     * @throws IllegalStateException if the node is already isolated or not running
     */
    void isolateNode();

    /** Lets the node's messages through again; it catches up with the group. */
    void healNode();

    /** The cluster faults {@code coordinator} supports, if any. */
    static Optional<ClusterFaults> of(Coordinator coordinator) {
        if (coordinator instanceof ClusterFaults faults) {
            return Optional.of(faults);
        }
        return coordinator instanceof Provider provider ? Optional.of(provider.clusterFaults()) : Optional.empty();
    }

    /** A coordinator that provides cluster faults for its node without exposing them as its own methods. */
    interface Provider {
        /** The cluster faults of this coordinator's node. */
        ClusterFaults clusterFaults();
    }
}
