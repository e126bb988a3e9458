package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.LockLease;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockTest {

    @TempDir
    static Path dir;
    static TestCluster cluster;

    @BeforeAll
    static void start() {
        cluster = new TestCluster(dir, 3);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void aHeldLockIsRefusedToEveryOtherHolderOnEveryNode() {
        RaftCoordinator leader = cluster.leader();
        RaftCoordinator follower = cluster.follower();

        LockLease held = follower.tryLock("exclusive", "follower", Duration.ofMinutes(1)).orElseThrow();

        assertThat(held.holder()).isEqualTo("follower");
        assertThat(leader.tryLock("exclusive", "leader", Duration.ofMinutes(1))).isEmpty();
        assertThat(follower.tryLock("exclusive", "other", Duration.ofMinutes(1))).isEmpty();
        leader.unlock(held);
        LockLease next = Eventually.value("the released lock is granted again",
                () -> leader.tryLock("exclusive", "leader", Duration.ofMinutes(1)).orElse(null));
        assertThat(next.token()).isGreaterThan(held.token());
    }

    @Test
    void aLockHeldByADeadHolderExpiresWithItsLease() {
        RaftCoordinator follower = cluster.follower();
        LockLease abandoned = follower.tryLock("expiring", "crashed-node", Duration.ofMillis(300)).orElseThrow();

        LockLease taken = Eventually.value("the lease ran out and the lock was granted anew",
                () -> cluster.leader().tryLock("expiring", "survivor", Duration.ofMinutes(1)).orElse(null));

        assertThat(taken.holder()).isEqualTo("survivor");
        assertThat(taken.token()).isEqualTo(abandoned.token() + 1);
        assertThat(taken.expiresAt()).isAfter(abandoned.expiresAt());
    }

    @Test
    void aHolderRenewsItsLeaseFromAFollowerAndARenewalOfATakenOverLeaseIsRefused() {
        RaftCoordinator follower = cluster.follower();
        LockLease held = follower.tryLock("renewed", "holder", Duration.ofSeconds(1)).orElseThrow();

        LockLease renewed = follower.renew(held, Duration.ofMinutes(1)).orElseThrow();

        assertThat(renewed.token()).isEqualTo(held.token());
        assertThat(renewed.expiresAt()).isAfter(held.expiresAt().plusSeconds(30));
        assertThat(cluster.leader().tryLock("renewed", "other", Duration.ofSeconds(1))).as("still held").isEmpty();
        LockLease expired = follower.tryLock("short", "holder", Duration.ofMillis(200)).orElseThrow();
        LockLease taken = Eventually.value("the short lease ran out and was taken over",
                () -> cluster.leader().tryLock("short", "survivor", Duration.ofMinutes(1)).orElse(null));
        assertThat(follower.renew(expired, Duration.ofMinutes(1))).isEmpty();
        assertThat(follower.checkFence(taken)).isTrue();
    }

    @Test
    void aRetryOfTheSameRequestAnswersItsOwnLeaseFromAnyNodeAndALookupFindsIt() throws Exception {
        RaftCoordinator leader = cluster.leader();
        RaftCoordinator follower = cluster.follower();
        LockLease granted = follower.tryLock("retried", "holder", Duration.ofMinutes(1), "request-1").orElseThrow();

        assertThat(leader.tryLock("retried", "holder", Duration.ofMinutes(1), "request-1")).as("no second grant")
                .contains(granted);
        assertThat(follower.tryLock("retried", "other", Duration.ofMinutes(1), "request-2")).isEmpty();
        assertThat(leader.lease("retried", "request-1").toCompletableFuture().get(20, TimeUnit.SECONDS))
                .contains(granted);
        assertThat(follower.lease("retried", "request-2").toCompletableFuture().get(20, TimeUnit.SECONDS))
                .isEmpty();
        assertThat(follower.checkFence(granted)).isTrue();
    }

    @Test
    void aStaleHoldersTokenIsRefusedOnceANewerOneIsGranted() {
        RaftCoordinator leader = cluster.leader();
        RaftCoordinator follower = cluster.follower();
        LockLease stale = leader.tryLock("fenced", "paused", Duration.ofMillis(200)).orElseThrow();
        assertThat(follower.checkFence(stale)).isTrue();

        LockLease fresh = Eventually.value("a newer grant",
                () -> follower.tryLock("fenced", "next", Duration.ofMinutes(1)).orElse(null));

        for (RaftCoordinator node : cluster.nodes.values()) {
            assertThat(node.checkFence(stale)).as("stale on " + node.nodeId()).isFalse();
            assertThat(node.checkFence(fresh)).as("fresh on " + node.nodeId()).isTrue();
        }
        leader.unlock(stale);
        assertThat(Optional.of(follower.checkFence(fresh))).contains(true);
    }
}
