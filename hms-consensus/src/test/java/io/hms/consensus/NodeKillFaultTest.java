package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.HmsEvent;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.RegistryMutation;
import io.hms.core.Hms;
import io.hms.core.chaos.ActiveFault;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.chaos.fault.NodeKillFault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node kill through the chaos agent: the node stops as in a crash, the others go on, a revert brings it back. */
class NodeKillFaultTest {

    @TempDir
    Path dir;
    TestCluster cluster;
    Hms hms;
    final List<HmsEvent> chaosEvents = new CopyOnWriteArrayList<>();
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

    private Hms chaosOn(RaftCoordinator node) {
        hms = Hms.builder().coordinator(node).discoverPlugins(false).component(ComponentSpec.of("inventory"))
                .chaos(ChaosOptions.enabled()).build().start();
        hms.events().subscribe(ChaosInjected.class, chaosEvents::add);
        hms.events().subscribe(ChaosReverted.class, chaosEvents::add);
        return hms;
    }

    private void commit(RaftCoordinator through, int n) throws Exception {
        RegistryMutation mutation = ReplicationTest.policy("inventory", n);
        through.commit(mutation).toCompletableFuture().get(20, TimeUnit.SECONDS);
        sent.add(mutation);
    }

    private RaftCoordinator newLeaderOtherThan(RaftCoordinator old) {
        return Eventually.value("a new leader among the other nodes", () -> cluster.nodes.values().stream()
                .filter(n -> n != old && n.isLeader()).findFirst().orElse(null));
    }

    @Test
    void aKilledLeaderIsReplacedAndOnRevertRejoinsWithEveryCommittedEntry() throws Exception {
        RaftCoordinator leader = cluster.leader();
        chaosOn(leader);
        for (int i = 0; i < 5; i++) {
            commit(leader, i);
        }

        ActiveFault kill = hms.chaos().inject(new NodeKillFault(), Duration.ofSeconds(30));

        assertThat(leader.isLeader()).isFalse();
        assertThat(leader.status()).as("the host runs on, degraded").isEqualTo(CoordinatorStatus.DEGRADED);
        RaftCoordinator next = newLeaderOtherThan(leader);
        RaftCoordinator follower = cluster.nodes.values().stream().filter(n -> n != leader && n != next)
                .findFirst().orElseThrow();
        for (int i = 5; i < 10; i++) {
            commit(i % 2 == 0 ? next : follower, i);
        }

        kill.revert();

        Eventually.until("the restarted node applied all 10 changes",
                () -> cluster.commits.get(leader.nodeId()).size() >= sent.size()
                        && leader.status() == CoordinatorStatus.ACTIVE);
        assertThat(cluster.commits.get(leader.nodeId())).as("each change told once, in order")
                .containsExactlyElementsOf(sent);
        // the runtime tells the cluster its components' state now and then, so the log may grow meanwhile
        Eventually.until("the restarted node at the leader's applied index",
                () -> leader.appliedIndex() == next.appliedIndex());
        commit(leader, 10);
        assertThat(chaosEvents).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ChaosInjected", "ChaosReverted");
    }

    @Test
    void aKilledFollowerRestartsByItselfAtTheDeadline() throws Exception {
        RaftCoordinator follower = cluster.follower();
        chaosOn(follower);

        ActiveFault kill = hms.chaos().inject(new NodeKillFault(), Duration.ofSeconds(2));
        assertThat(follower.status()).isEqualTo(CoordinatorStatus.DEGRADED);
        commit(cluster.leader(), 1);

        assertThat(kill.reverted().get(10, TimeUnit.SECONDS).reason()).isEqualTo("deadline");
        Eventually.until("the restarted follower caught up",
                () -> cluster.commits.get(follower.nodeId()).size() == 1);
    }

    @Test
    void closingTheRuntimeRestartsAKilledNode() throws Exception {
        RaftCoordinator follower = cluster.follower();
        chaosOn(follower);
        ActiveFault kill = hms.chaos().inject(new NodeKillFault(), Duration.ofSeconds(30));

        hms.close();

        assertThat(kill.reverted().getNow(null)).isNotNull().extracting(ChaosReverted::reason).isEqualTo("closed");
        Eventually.until("the node is back in the group", () -> follower.status() == CoordinatorStatus.ACTIVE);
    }
}
