package io.hms.consensus.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.consensus.Eventually;
import io.hms.consensus.chaos.RepairedResource.RepairCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three node JVMs repair one resource; the node whose repair hangs at the first rung is killed with SIGKILL.
 * Another node takes the repair over once the dead holder's lease ends, and goes on from the second rung,
 * with a newer fencing token; no repair of a stale holder is ever applied.
 */
@Tag("multi-jvm")
class HealingTakeoverAcrossProcessesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long LEASE_MILLIS = 2_000;

    @TempDir
    Path dir;
    RepairedResource resource;
    ChaosCluster cluster;

    @BeforeEach
    void start() throws Exception {
        resource = new RepairedResource();
        cluster = new ChaosCluster(dir, 3, List.of("healed=" + resource.url(), "leaseMs=" + LEASE_MILLIS)).startAll();
    }

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (resource != null) {
            resource.close();
        }
    }

    @Test
    void aRepairWhoseHolderIsKilledMidwayIsTakenOverAndGoesOnFromTheRungReached() {
        RepairCall hung = Eventually.value("a first-rung repair under way", PATIENCE,
                () -> resource.repairs().stream().findFirst().orElse(null));
        assertThat(hung.level()).isEqualTo(1);
        int holder = cluster.addresses.indexOf(hung.node());
        assertThat(holder).as("a node of the cluster: " + hung.node()).isNotNegative();

        cluster.kill(holder);
        long killedAt = System.nanoTime();

        Eventually.value("the resource repaired by another node", PATIENCE, () -> resource.healthy() ? true : null);
        List<RepairCall> calls = resource.repairs();
        RepairCall taken = calls.stream().filter(c -> c.level() >= 2 && !c.refused()).findFirst().orElseThrow();
        assertThat(taken.node()).isNotEqualTo(hung.node());
        assertThat(taken.level()).as("on from the rung after the one reached").isEqualTo(2);
        assertThat(taken.token()).isGreaterThan(hung.token());
        assertThat(Duration.ofNanos(taken.atNanos() - killedAt)).as("taken over once the lease ended")
                .isLessThan(Duration.ofMillis(2 * LEASE_MILLIS + 5_000));
        assertThat(calls).as("the first rung was not run again").filteredOn(c -> c.level() == 1).hasSize(1);
        assertThat(calls).as("no stale holder acted").noneMatch(RepairCall::refused);
    }
}
