package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.event.IncidentClosed;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.LockLease;
import io.hms.core.Hms;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DegradedModeTest {

    @TempDir
    Path dir;
    TestCluster cluster;
    final List<Hms> runtimes = new ArrayList<>();
    final AtomicBoolean broken = new AtomicBoolean();
    final AtomicInteger repairs = new AtomicInteger();

    @AfterEach
    void stop() {
        runtimes.forEach(Hms::close);
        if (cluster != null) {
            cluster.close();
        }
    }

    private static ComponentPolicy quick() {
        return new ComponentPolicy(new HealthPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 1, 1),
                new GuardPolicy(TimeoutPolicy.none(), ConcurrencyLimitPolicy.defaults(), BreakerPolicy.defaults(),
                        RetryPolicy.none()), Playbook.byLevel());
    }

    private Hms runtimeOn(RaftCoordinator node) {
        Hms hms = Hms.builder().coordinator(node).discoverPlugins(false)
                .component(ComponentSpec.of("db").withPolicy(quick()))
                .healthCheck("db", "ping", () -> broken.get() ? Health.down("refused") : Health.up())
                .repair("db", "reconnect", 1, Duration.ofSeconds(2), ctx -> {
                    repairs.incrementAndGet();
                    broken.set(false);
                    return true;
                })
                .build().start();
        runtimes.add(hms);
        return hms;
    }

    private RaftCoordinator isolatedFollower() {
        cluster = new TestCluster(dir, 3);
        RaftCoordinator kept = cluster.follower();
        List.copyOf(cluster.nodes.keySet()).stream().filter(a -> !a.equals(kept.nodeId())).forEach(cluster::stop);
        Eventually.until("the remaining node reports DEGRADED", () -> kept.status() == CoordinatorStatus.DEGRADED);
        return kept;
    }

    @Test
    void aNodeThatLostItsQuorumReportsDegradedAndGrantsLocalLocksWithoutWaitingForTheCluster() {
        RaftCoordinator node = isolatedFollower();

        LockLease local = Eventually.value("a local lease, once the group has been out of reach long enough",
                () -> assertTimeoutPreemptively(Duration.ofSeconds(2),
                        () -> node.tryLock("db", "a", Duration.ofSeconds(30))).orElse(null));
        Optional<LockLease> lease = Optional.of(local);

        assertThat(lease).hasValueSatisfying(l -> assertThat(l.token()).isNegative());
        assertThat(node.tryLock("db", "b", Duration.ofSeconds(30))).as("exclusive within the instance").isEmpty();
        assertThat(node.checkFence(lease.get())).isTrue();
        node.unlock(lease.get());
        assertThat(node.checkFence(lease.get())).isFalse();
        LockLease next = node.tryLock("db", "b", Duration.ofSeconds(30)).orElseThrow();
        assertThat(next.token()).as("local tokens grow").isGreaterThan(local.token()).isNegative();
    }

    @Test
    void aNodeThatHasNotFoundItsGroupSinceItStartedGrantsNoLocalLease() {
        cluster = new TestCluster(dir, 3);
        String restarted = cluster.addresses.get(0);
        List.copyOf(cluster.nodes.keySet()).forEach(cluster::stop);
        RaftCoordinator alone = cluster.start(RaftConfig.builder().address(restarted).peers(cluster.addresses)
                .dataDirectory(cluster.dataDirectory(restarted)).requestTimeout(Duration.ofMillis(500)).build());
        assertThat(alone.status()).isEqualTo(CoordinatorStatus.DEGRADED);

        assertThat(alone.tryLock("db", "a", Duration.ofSeconds(30))).as("catching up, not cut off").isEmpty();

        String other = cluster.addresses.get(1);
        cluster.start(other, cluster.dataDirectory(other));
        LockLease granted = Eventually.value("a replicated lease once a leader is elected",
                () -> alone.tryLock("db", "a", Duration.ofSeconds(30)).orElse(null));
        assertThat(granted.token()).isPositive();
    }

    @Test
    void aNodeThatLostItsGroupWaitsAQuietPeriodAndRespectsTheReplicatedLeaseItKnows() {
        cluster = new TestCluster(dir, 3);
        RaftCoordinator follower = cluster.follower();
        String address = follower.nodeId();
        cluster.stop(address);
        ManualClock clock = new ManualClock(Instant.now());
        RaftCoordinator node = cluster.start(RaftConfig.builder().address(address).peers(cluster.addresses)
                .dataDirectory(cluster.dataDirectory(address)).requestTimeout(Duration.ofSeconds(1)).clock(clock)
                .build());
        Eventually.until("the restarted node follows the leader", () -> node.status() == CoordinatorStatus.ACTIVE);
        LockLease replicated = node.tryLock("db", "elsewhere", Duration.ofSeconds(60)).orElseThrow();
        List.copyOf(cluster.nodes.keySet()).stream().filter(a -> !a.equals(address)).forEach(cluster::stop);
        Eventually.until("the remaining node reports DEGRADED", () -> node.status() == CoordinatorStatus.DEGRADED);

        assertThat(node.tryLock("cache", "a", Duration.ofSeconds(30))).as("maybe an election: no local lease yet")
                .isEmpty();
        LockLease local = Eventually.value("a local lease once the quiet period is over", () -> {
            clock.advance(Duration.ofMillis(500));
            return node.tryLock("cache", "a", Duration.ofSeconds(30)).orElse(null);
        });

        assertThat(local.token()).isNegative();
        assertThat(clock.instant()).isBefore(replicated.expiresAt());
        assertThat(node.tryLock("db", "a", Duration.ofSeconds(30))).as("the replicated lease known here lasts")
                .isEmpty();
        clock.advance(Duration.ofSeconds(120));
        assertThat(node.tryLock("db", "a", Duration.ofSeconds(30))).hasValueSatisfying(
                l -> assertThat(l.token()).isNegative());
    }

    @Test
    void aReplicatedLeaseIsNotConfirmedWhileDegradedAndTheAnswerComesAtOnce() {
        cluster = new TestCluster(dir, 3);
        RaftCoordinator kept = cluster.follower();
        LockLease replicated = kept.tryLock("cache", "a", Duration.ofSeconds(30)).orElseThrow();
        assertThat(replicated.token()).isPositive();
        List.copyOf(cluster.nodes.keySet()).stream().filter(a -> !a.equals(kept.nodeId())).forEach(cluster::stop);
        Eventually.until("the remaining node reports DEGRADED", () -> kept.status() == CoordinatorStatus.DEGRADED);

        boolean fenced = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> kept.checkFence(replicated));

        assertThat(fenced).isFalse();
    }

    @Test
    void aRuntimeWithoutQuorumKeepsGuardingAndHealingOnItsLastKnownPolicy() throws Exception {
        cluster = new TestCluster(dir, 3);
        RaftCoordinator kept = cluster.follower();
        Hms hms = runtimeOn(kept);
        long version = hms.registry().policy("db").version();
        List.copyOf(cluster.nodes.keySet()).stream().filter(a -> !a.equals(kept.nodeId())).forEach(cluster::stop);
        Eventually.until("the remaining node reports DEGRADED",
                () -> hms.coordinator().status() == CoordinatorStatus.DEGRADED);

        int answer = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> hms.guard("db").call(() -> 42));
        var closed = hms.events().next(IncidentClosed.class, e -> true);
        broken.set(true);

        assertThat(answer).isEqualTo(42);
        assertThat(closed.get(20, TimeUnit.SECONDS).resolvedBy()).isEqualTo("reconnect");
        assertThat(repairs.get()).isEqualTo(1);
        assertThat(hms.registry().policy("db").version()).isEqualTo(version);
        assertThat(hms.registry().policy("db").policy()).isEqualTo(quick());
        assertThat(hms.coordinator().status()).isEqualTo(CoordinatorStatus.DEGRADED);
    }
}
