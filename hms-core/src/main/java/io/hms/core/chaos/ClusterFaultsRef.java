package io.hms.core.chaos;

import io.hms.api.spi.ClusterFaults;
import io.hms.api.spi.Coordinator;
import io.hms.core.chaos.fault.Fault;
import java.util.Optional;

/**
 * The cluster faults of the runtime's coordinator, or why there are none: cluster faults are refused,
 * naming the coordinator and the fix, when it cannot be broken.
 *
 * @param faults      what the coordinator supports; empty for the local coordinator
 * @param coordinator the coordinator's class name, or a note that there is none
 */
record ClusterFaultsRef(Optional<ClusterFaults> faults, String coordinator) {

    static ClusterFaultsRef none() {
        return new ClusterFaultsRef(Optional.empty(), "no coordinator given to this chaos agent");
    }

    static ClusterFaultsRef of(Coordinator coordinator) {
        return coordinator == null ? none()
                : new ClusterFaultsRef(ClusterFaults.of(coordinator), coordinator.getClass().getSimpleName());
    }

    /** The cluster faults, or an {@link IllegalStateException} saying why {@code fault} cannot be injected. */
    ClusterFaults require(Fault fault) {
        return faults.orElseThrow(() -> new IllegalStateException("a " + fault.kind().tag() + " fault needs a "
                + "coordinator that offers cluster faults (io.hms.api.spi.ClusterFaults), but this runtime's "
                + "coordinator is " + coordinator + ", which has no cluster node to break; build Hms with "
                + ".coordinator(...) given one that does (hms-consensus: RaftConfig.chaosFaults(true))"));
    }
}
