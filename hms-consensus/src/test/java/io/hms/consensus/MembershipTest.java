package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.test.LoopbackPorts;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembershipTest {

    @TempDir
    Path dir;
    TestCluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aPeerAddedAtRuntimeCatchesUpAndTakesPartInCommits() throws Exception {
        cluster = new TestCluster(dir, 3);
        cluster.leader().commit(ReplicationTest.policy("inventory", 1)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        RaftCoordinator follower = cluster.follower();
        String joiner = "127.0.0.1:" + LoopbackPorts.next();
        RaftCoordinator fresh = cluster.startJoining(joiner);

        follower.addPeer(joiner).toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(cluster.leader().peers()).hasSize(4).contains(joiner);
        assertThat(follower.members()).containsExactlyInAnyOrderElementsOf(cluster.leader().peers());
        assertThat(follower.leaderId()).contains(cluster.leader().nodeId());
        Eventually.until("the new peer applied the earlier commit", () -> cluster.commits.get(joiner).size() == 1);
        fresh.commit(ReplicationTest.policy("inventory", 2)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        for (String address : cluster.nodes.keySet()) {
            Eventually.until(address + " applied the commit made through the new peer",
                    () -> cluster.commits.get(address).size() == 2);
        }
    }

    @Test
    void aRemovedPeerLeavesTheGroupAndTheOthersGoOn() throws Exception {
        cluster = new TestCluster(dir, 3);
        RaftCoordinator leader = cluster.leader();
        String removed = cluster.follower().nodeId();
        RaftCoordinator other = cluster.nodes.values().stream()
                .filter(n -> n != leader && !n.nodeId().equals(removed)).findFirst().orElseThrow();

        other.removePeer(removed).toCompletableFuture().get(20, TimeUnit.SECONDS);
        cluster.stop(removed);

        assertThat(leader.peers()).hasSize(2).doesNotContain(removed);
        leader.commit(ReplicationTest.policy("inventory", 1)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        Eventually.until("the remaining follower applied the commit", () -> cluster.commits.get(other.nodeId()).size() == 1);
    }

    @Test
    void removingTheLeaderHandsLeadershipToARemainingPeer() throws Exception {
        cluster = new TestCluster(dir, 3);
        RaftCoordinator leader = cluster.leader();

        cluster.follower().removePeer(leader.nodeId()).toCompletableFuture().get(20, TimeUnit.SECONDS);
        cluster.stop(leader.nodeId());

        RaftCoordinator next = cluster.leader();
        assertThat(next.nodeId()).isNotEqualTo(leader.nodeId());
        assertThat(next.peers()).hasSize(2).doesNotContain(leader.nodeId());
        assertThat(leader.members()).as("a closed node answers with the peers it was configured with")
                .containsExactlyInAnyOrderElementsOf(leader.config().peers()).hasSize(3);
        assertThat(leader.leaderId()).isEmpty();
        next.commit(ReplicationTest.policy("inventory", 1)).toCompletableFuture().get(20, TimeUnit.SECONDS);
    }
}
