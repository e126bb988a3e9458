package io.hms.api.spi;

import java.util.Optional;

/**
 * What a cluster coordinator lets the runtime's chaos agent break: this instance's own node of the
 * cluster. A {@link Coordinator} that implements it, or hands it out through {@link Provider}, can be hit by
 * the chaos agent's cluster faults (hms-core's {@code NodeKillFault} and {@code PartitionFault}); a
 * coordinator without it, such as the embedded local one, has no node to break, and those faults are
 * refused. hms-consensus' {@code RaftCoordinator} provides it when its config enables chaos faults
 * ({@code RaftConfig.builder().chaosFaults(true)}).
 *
 * <p>Inject through the chaos agent rather than calling these methods: it refuses when chaos is
 * disabled, bounds every outage by a deadline, publishes the events and reverts on close.
 *
 * <pre>{@code
 * Hms hms = Hms.builder().coordinator(clusterCoordinator).chaos(ChaosOptions.enabled()).build().start();
 * hms.chaos().inject(new NodeKillFault(), Duration.ofSeconds(5));   // the node restarts after 5 s at the latest
 * }</pre>
 *
 * <p>Implementations are thread-safe; each method is called once per fault, a revert always after its
 * injection.
 */
public interface ClusterFaults {

    /** The target of the faults on this instance's node, as events and reports name it: its coordinator. */
    String TARGET = "coordinator";

    /**
     * Stops this instance's node abruptly, as a crash would: no graceful leadership transfer, no
     * snapshot. The host keeps running on its own (degraded mode).
     *
     * @throws IllegalStateException if the node is not running
     */
    void crashNode();

    /** Starts the node again from its persisted state; it rejoins the cluster and catches up. */
    void restartNode();

    /**
     * Drops every message this node exchanges with its peers, both ways, while the node keeps running.
     *
     * @throws IllegalStateException if the node is already isolated or not running
     */
    void isolateNode();

    /** Lets the node's messages through again; it catches up with the cluster. */
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
