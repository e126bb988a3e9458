package io.hms.consensus;

import static io.hms.consensus.ReplicationTest.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.CoordinatorStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaderChangeTest {

    @TempDir
    Path dir;
    TestCluster cluster;

    @BeforeEach
    void start() {
        cluster = new TestCluster(dir, 3);
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void whenTheLeaderStopsAnotherIsElectedAndCommitsStillSucceed() throws Exception {
        RaftCoordinator first = cluster.leader();
        String firstAddress = first.nodeId();
        first.commit(policy("inventory", 1)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        List<Boolean> firstSaw = cluster.leadership.get(firstAddress);

        cluster.stop(firstAddress);

        assertThat(first.status()).isEqualTo(CoordinatorStatus.STOPPED);
        assertThat(first.isLeader()).isFalse();
        assertThat(firstSaw).as("the old leader's listener").containsExactly(false, true, false);
        RaftCoordinator second = cluster.leader();
        assertThat(second.nodeId()).isNotEqualTo(firstAddress);
        Eventually.until("the new leader's listener was told true",
                () -> cluster.leadership.get(second.nodeId()).equals(List.of(false, true)));

        RaftCoordinator follower = cluster.follower();
        long viaLeader = second.commit(policy("inventory", 2)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        long viaFollower = follower.commit(policy("inventory", 3)).toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(viaFollower).isGreaterThan(viaLeader);
        for (RaftCoordinator node : List.of(second, follower)) {
            Eventually.until(node.nodeId() + " applied all three",
                    () -> cluster.commits.get(node.nodeId()).size() == 3);
            assertThat(cluster.commits.get(node.nodeId()))
                    .containsExactly(policy("inventory", 1), policy("inventory", 2), policy("inventory", 3));
            assertThat(node.status()).isEqualTo(CoordinatorStatus.ACTIVE);
        }
    }

    @Test
    void aNodeWithoutQuorumIsDegradedAndItsCommitsFailInTime() {
        RaftCoordinator leader = cluster.leader();
        RaftCoordinator follower = cluster.follower();
        cluster.nodes.values().stream().filter(n -> n != follower).map(RaftCoordinator::nodeId).toList()
                .forEach(cluster::stop);

        Eventually.until("the lone node reports DEGRADED", () -> follower.status() == CoordinatorStatus.DEGRADED);
        assertThat(leader.status()).isEqualTo(CoordinatorStatus.STOPPED);
    }
}
