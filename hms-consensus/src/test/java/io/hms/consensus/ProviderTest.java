package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.CoordinatorView;
import io.hms.core.Hms;
import io.hms.test.LoopbackPorts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearProperties() {
        System.clearProperty("hms.raft.address");
        System.clearProperty("hms.raft.dataDir");
        System.clearProperty("hms.raft.electionTimeoutMs");
    }

    @Test
    void withConsensusOnTheClassPathARuntimeJoinsTheClusterDescribedBySystemProperties() {
        String address = "127.0.0.1:" + LoopbackPorts.next();
        System.setProperty("hms.raft.address", address);
        System.setProperty("hms.raft.dataDir", dir.toString());
        System.setProperty("hms.raft.electionTimeoutMs", "300");

        CoordinatorView coordinator;
        try (Hms hms = Hms.builder().discoverPlugins(false).component("inventory").build().start()) {
            coordinator = hms.coordinator();
            assertThat(coordinator.nodeId()).as("the Raft node at the configured address").isEqualTo(address);
            Eventually.until("a single node leads itself", coordinator::isLeader);
            assertThat(coordinator.status()).isEqualTo(CoordinatorStatus.ACTIVE);
        }
        assertThat(coordinator.status()).as("the runtime closes the coordinator it found").isEqualTo(
                CoordinatorStatus.STOPPED);
    }

    @Test
    void withoutPropertiesTheRuntimeFallsBackToTheLocalCoordinator() {
        try (Hms hms = Hms.builder().discoverPlugins(false).build().start()) {
            assertThat(hms.coordinator().nodeId()).as("the local coordinator, named by the runtime").startsWith("node-");
        }
    }
}
