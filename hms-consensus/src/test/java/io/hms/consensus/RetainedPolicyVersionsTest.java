package io.hms.consensus;

import static io.hms.consensus.ReplicationTest.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.RegistryMutation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node keeps the latest versions of each policy, numbered alike on every node, across snapshots. */
class RetainedPolicyVersionsTest {

    @TempDir
    Path dir;
    TestCluster cluster;

    @BeforeEach
    void start() {
        cluster = new TestCluster(dir, 3, Duration.ofHours(1), ReadMode.READ_INDEX, 3);
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    private void commit(RaftCoordinator through, String component, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            through.commit(policy(component, i)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
    }

    private static List<Long> versionsOf(List<RegistryMutation> told, String component) {
        return told.stream().filter(m -> m instanceof RegistryMutation.PolicyCommit c && c.component().equals(component))
                .map(m -> ((RegistryMutation.PolicyCommit) m).version()).toList();
    }

    @Test
    void aLateListenerIsToldTheLatestVersionsOfEachPolicyWithTheirNumbers() throws Exception {
        RaftCoordinator leader = cluster.leader();
        commit(leader, "inventory", 0, 8);
        commit(leader, "cache", 0, 1);

        List<RegistryMutation> late = new ArrayList<>();
        leader.onCommit(late::add);

        assertThat(versionsOf(late, "inventory")).containsExactly(7L, 8L, 9L);
        assertThat(versionsOf(late, "cache")).containsExactly(2L);
        assertThat(late.get(2)).isEqualTo(ReplicationTest.numbered(policy("inventory", 7), 9));
        assertThat(versionsOf(cluster.numbered.get(leader.nodeId()), "inventory"))
                .as("a listener there from the start saw every version")
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void aNodeRestartedFromItsSnapshotNumbersVersionsAsTheOthers() throws Exception {
        RaftCoordinator leader = cluster.leader();
        commit(leader, "inventory", 0, 8);
        RaftCoordinator follower = cluster.follower();
        String address = follower.nodeId();
        Eventually.until("the follower applied everything", () -> follower.appliedIndex() >= leader.appliedIndex());
        follower.snapshot().toCompletableFuture().get(20, TimeUnit.SECONDS);

        cluster.stop(address);
        commit(leader, "inventory", 8, 10);
        cluster.start(address, cluster.dataDirectory(address));

        Eventually.until("the restarted node caught up", () -> {
            List<Long> versions = versionsOf(cluster.numbered.get(address), "inventory");
            return !versions.isEmpty() && versions.get(versions.size() - 1) == 11L;
        });
        List<Long> versions = versionsOf(cluster.numbered.get(address), "inventory");
        assertThat(versions).as("only kept versions, in order, numbered as on the leader").isSorted()
                .doesNotHaveDuplicates().contains(9L, 10L, 11L).allMatch(v -> v >= 7L);
        List<RegistryMutation> late = new ArrayList<>();
        cluster.nodes.get(address).onCommit(late::add);
        assertThat(late).isEqualTo(cluster.numbered.get(leader.nodeId()).subList(7, 10));
    }
}
