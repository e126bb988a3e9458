package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hms.api.spi.CoordinatorStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownTest {

    @TempDir
    Path dir;

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    @Test
    void closingEveryNodeStopsEveryThreadThatWouldKeepTheJvmAlive() throws Exception {
        Set<Thread> before = nonDaemonThreads();
        try (TestCluster cluster = new TestCluster(dir, 3)) {
            cluster.leader().commit(ReplicationTest.policy("inventory", 1)).toCompletableFuture()
                    .get(20, TimeUnit.SECONDS);
            cluster.follower().tryLock("db", "a", java.time.Duration.ofSeconds(5)).orElseThrow();
        }

        Eventually.until("only the threads from before remain: " + nonDaemonThreads(),
                () -> before.containsAll(nonDaemonThreads()));
        Eventually.until("no hms-raft thread remains: " + Thread.getAllStackTraces().keySet(),
                () -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("hms-raft")));
    }

    @Test
    void closingFailsACommitThatWasWaitingToRetry() throws Exception {
        try (TestCluster cluster = new TestCluster(dir, 3)) {
            RaftCoordinator left = cluster.follower();
            for (RaftCoordinator node : List.copyOf(cluster.nodes.values())) {
                if (node != left) {
                    cluster.stop(node.nodeId());
                }
            }
            // no quorum: the commit is retried every 20 ms until the request timeout
            CompletableFuture<Long> pending = left.commit(ReplicationTest.policy("inventory", 1)).toCompletableFuture();

            cluster.stop(left.nodeId());

            ExecutionException failed = assertThrows(ExecutionException.class, () -> pending.get(5, TimeUnit.SECONDS));
            // on a loaded machine `left` may have won an election just before the others stopped: its commit is
            // then failed as a stepped-down leader's; either way closing ends it, at once
            assertThat(failed.getCause().getMessage()).containsAnyOf("closed", "Leader stepped down");
        }
    }

    @Test
    void aClosedCoordinatorRefusesCommitsAndReportsStopped() {
        try (TestCluster cluster = new TestCluster(dir, 3)) {
            RaftCoordinator node = cluster.follower();
            cluster.stop(node.nodeId());

            assertThat(node.status()).isEqualTo(CoordinatorStatus.STOPPED);
            assertThat(node.commit(ReplicationTest.policy("inventory", 1)).toCompletableFuture())
                    .isCompletedExceptionally();
        }
    }
}
