package io.hms.consensus;

import static io.hms.consensus.ReplicationTest.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.LockLease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster configured with a one-second snapshot interval and lease reads. */
class SnapshotIntervalAndLeaseReadTest {

    @TempDir
    static Path dir;
    static TestCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new TestCluster(dir, 3, Duration.ofSeconds(1), ReadMode.LEASE);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void snapshotsAreTakenOnTheConfiguredInterval() throws Exception {
        cluster.leader().commit(policy("inventory", 1)).toCompletableFuture().get(20, TimeUnit.SECONDS);

        for (String address : cluster.addresses) {
            Eventually.until("a periodic snapshot on " + address, () -> hasSnapshot(cluster.dataDirectory(address)));
        }
    }

    @Test
    void leaseReadsStillRefuseAStaleToken() {
        RaftCoordinator follower = cluster.follower();
        LockLease stale = follower.tryLock("lease-read", "a", Duration.ofMillis(100)).orElseThrow();
        LockLease fresh = Eventually.value("a newer grant",
                () -> cluster.leader().tryLock("lease-read", "b", Duration.ofMinutes(1)).orElse(null));

        assertThat(cluster.leader().checkFence(stale)).isFalse();
        assertThat(follower.checkFence(fresh)).isTrue();
        assertThat(follower.checkFence(stale)).isFalse();
    }

    private static boolean hasSnapshot(Path dataDirectory) {
        try (Stream<Path> files = Files.walk(dataDirectory.resolve("snapshot"))) {
            return files.anyMatch(p -> p.getFileName().toString().equals("hms-state.json"));
        } catch (IOException e) {
            return false;
        }
    }
}
