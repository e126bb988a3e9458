package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.RegistryMutation;
import io.hms.core.Hms;
import io.hms.core.chaos.ActiveFault;
import io.hms.core.chaos.ChaosDisabledException;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.chaos.fault.PartitionFault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partition through the chaos agent: the node is cut off both ways, the majority goes on, healing catches it up. */
class PartitionFaultTest {

    @TempDir
    Path dir;
    TestCluster cluster;
    Hms hms;
    final List<RegistryMutation> sent = new ArrayList<>();

    @BeforeEach
    void start() {
        cluster = TestCluster.withChaosFaults(dir, 3);
    }

    @AfterEach
    void stop() {
        if (hms != null) {
            hms.close();
        }
        assertThat(cluster.nodes.values()).as("no node stays cut off after a test")
                .noneMatch(RaftCoordinator::partitioned);
        cluster.close();
    }

    private Hms runtimeOn(RaftCoordinator node, ChaosOptions chaos) {
        hms = Hms.builder().coordinator(node).discoverPlugins(false).component(ComponentSpec.of("inventory"))
                .chaos(chaos).build().start();
        return hms;
    }

    private void commit(RaftCoordinator through, int n) throws Exception {
        RegistryMutation mutation = ReplicationTest.policy("inventory", n);
        through.commit(mutation).toCompletableFuture().get(20, TimeUnit.SECONDS);
        sent.add(mutation);
    }

    @Test
    void aPartitionedLeaderStepsDownTheMajorityCommitsAndHealingCatchesItUp() throws Exception {
        RaftCoordinator leader = cluster.leader();
        runtimeOn(leader, ChaosOptions.enabled());
        commit(leader, 0);

        ActiveFault partition = hms.chaos().inject(new PartitionFault(), Duration.ofSeconds(30));

        RaftCoordinator next = Eventually.value("a leader elected by the majority", () -> cluster.nodes.values()
                .stream().filter(n -> n != leader && n.isLeader()).findFirst().orElse(null));
        Eventually.until("the isolated node stepped down and reports DEGRADED",
                () -> !leader.isLeader() && leader.status() == CoordinatorStatus.DEGRADED);
        for (int i = 1; i < 6; i++) {
            commit(next, i);
        }
        assertThat(cluster.commits.get(leader.nodeId())).as("nothing reaches the isolated node").hasSize(1);

        partition.revert();

        Eventually.until("the healed node caught up", () -> cluster.commits.get(leader.nodeId()).size() == 6
                && leader.status() == CoordinatorStatus.ACTIVE);
        assertThat(cluster.commits.get(leader.nodeId())).containsExactlyElementsOf(sent);
        commit(leader, 6);
    }

    @Test
    void anIsolatedFollowerIsHealedAtTheDeadlineAndCatchesUp() throws Exception {
        RaftCoordinator follower = cluster.follower();
        runtimeOn(follower, ChaosOptions.enabled());

        // long enough for the commit below to land while it lasts on a loaded machine
        ActiveFault partition = hms.chaos().inject(new PartitionFault(), Duration.ofSeconds(8));
        Eventually.until("the isolated follower reports DEGRADED",
                () -> follower.status() == CoordinatorStatus.DEGRADED);
        RaftCoordinator leader = Eventually.value("a leader among the connected nodes", () -> cluster.nodes.values()
                .stream().filter(n -> n != follower && n.isLeader()).findFirst().orElse(null));
        commit(leader, 1);
        assertThat(cluster.commits.get(follower.nodeId())).isEmpty();

        assertThat(partition.reverted().get(30, TimeUnit.SECONDS).reason()).isEqualTo("deadline");
        Eventually.until("the healed follower caught up", () -> cluster.commits.get(follower.nodeId()).size() == 1);
    }

    @Test
    void closingTheRuntimeHealsThePartition() {
        RaftCoordinator follower = cluster.follower();
        runtimeOn(follower, ChaosOptions.enabled());
        hms.chaos().inject(new PartitionFault(), Duration.ofSeconds(30));
        assertThat(follower.partitioned()).isTrue();
        assertThat(cluster.nodes.values()).filteredOn(RaftCoordinator::partitioned).containsExactly(follower);

        hms.close();

        assertThat(follower.partitioned()).isFalse();
        assertThat(hms.chaos().active()).isEmpty();
    }

    @Test
    void withoutChaosEnabledNoNodeIsCutOff() {
        RaftCoordinator follower = cluster.follower();
        runtimeOn(follower, ChaosOptions.disabled());

        assertThatThrownBy(() -> hms.chaos().inject(new PartitionFault(), Duration.ofSeconds(5)))
                .isInstanceOf(ChaosDisabledException.class);

        assertThat(follower.partitioned()).isFalse();
        assertThat(follower.status()).isEqualTo(CoordinatorStatus.ACTIVE);
    }

    @Test
    void aNodeWhoseConfigDoesNotEnableChaosFaultsRefusesThemNamingTheSetting() throws Exception {
        try (TestCluster plain = new TestCluster(dir.resolve("plain"), 1)) {
            RaftCoordinator node = plain.leader();
            Hms runtime = Hms.builder().coordinator(node).discoverPlugins(false)
                    .component(ComponentSpec.of("inventory")).chaos(ChaosOptions.enabled()).build().start();
            try {
                assertThatThrownBy(() -> runtime.chaos().inject(new PartitionFault(), Duration.ofSeconds(5)))
                        .hasMessageContaining("chaosFaults(true)");
                assertThat(node.partitioned()).isFalse();
                node.commit(ReplicationTest.policy("inventory", 1)).toCompletableFuture().get(20, TimeUnit.SECONDS);
            } finally {
                runtime.close();
            }
        }
    }
}
