package io.hms.consensus;

import static io.hms.consensus.ReplicationTest.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRestoreTest {

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

    private List<RegistryMutation> commit(RaftCoordinator through, int from, int to) throws Exception {
        List<RegistryMutation> sent = new ArrayList<>();
        for (int i = from; i < to; i++) {
            sent.add(policy("inventory", i));
            through.commit(policy("inventory", i)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
        return sent;
    }

    private static boolean hasSnapshot(Path dataDirectory) {
        try (Stream<Path> files = Files.walk(dataDirectory.resolve("snapshot"))) {
            return files.anyMatch(p -> p.getFileName().toString().equals("hms-state.json"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void aNodeRestartedFromItsDataDirectoryRestoresTheSnapshotAndCatchesUp() throws Exception {
        RaftCoordinator leader = cluster.leader();
        List<RegistryMutation> sent = new ArrayList<>(commit(leader, 0, 10));
        LockLease lease = leader.tryLock("db", "a", Duration.ofMinutes(5)).orElseThrow();
        RaftCoordinator follower = cluster.follower();
        String address = follower.nodeId();
        Eventually.until("the follower applied everything", () -> follower.appliedIndex() >= leader.appliedIndex());
        follower.snapshot().toCompletableFuture().get(20, TimeUnit.SECONDS);
        assertThat(hasSnapshot(cluster.dataDirectory(address))).isTrue();

        cluster.stop(address);
        sent.addAll(commit(leader, 10, 15));
        RaftCoordinator restarted = cluster.start(address, cluster.dataDirectory(address));

        Eventually.until("the restarted node caught up", () -> cluster.commits.get(address).size() == 15);
        assertThat(cluster.commits.get(address)).containsExactlyElementsOf(sent);
        assertThat(restarted.checkFence(lease)).as("locks survive the snapshot").isTrue();
        assertThat(restarted.tryLock("db", "b", Duration.ofMinutes(5))).isEmpty();
    }

    /** jraft keeps the log back to the previous snapshot, so the second snapshot compacts past the first. */
    @Test
    void aFreshNodeIsBroughtUpByTheLeadersSnapshot() throws Exception {
        RaftCoordinator leader = cluster.leader();
        List<RegistryMutation> sent = new ArrayList<>(commit(leader, 0, 10));
        String address = cluster.follower().nodeId();
        cluster.stop(address);
        sent.addAll(commit(leader, 10, 12));
        leader.snapshot().toCompletableFuture().get(20, TimeUnit.SECONDS);
        sent.addAll(commit(leader, 12, 14));
        leader.snapshot().toCompletableFuture().get(20, TimeUnit.SECONDS);
        sent.addAll(commit(leader, 14, 16));

        Path emptyDirectory = dir.resolve("replacement");
        cluster.start(address, emptyDirectory);

        Eventually.until("the fresh node caught up", () -> cluster.commits.get(address).size() == 16);
        assertThat(cluster.commits.get(address)).containsExactlyElementsOf(sent);
        assertThat(hasSnapshot(emptyDirectory)).as("installed from the leader").isTrue();
    }
}
