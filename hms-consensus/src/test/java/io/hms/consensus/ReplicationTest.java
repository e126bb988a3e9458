package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.FunctionDescriptor;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.RegistryMutation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicationTest {

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

    static RegistryMutation.PolicyCommit policy(String component, int n) {
        ComponentPolicy policy = ComponentPolicy.defaults()
                .withHealth(HealthPolicy.defaults().withInterval(Duration.ofMillis(100 + n)));
        return new RegistryMutation.PolicyCommit(component, policy, "test:" + n);
    }

    @Test
    void commitsOnTheLeaderAreAppliedOnEveryNodeInTheSameOrder() throws Exception {
        RaftCoordinator leader = cluster.leader();
        List<RegistryMutation> sent = new ArrayList<>();
        List<CompletableFuture<Long>> acks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RegistryMutation.PolicyCommit mutation = policy("inventory", i);
            sent.add(mutation);
            acks.add(leader.commit(mutation).toCompletableFuture());
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(acks).extracting(CompletableFuture::join).isSorted().doesNotHaveDuplicates();
        assertThat(cluster.commits.get(leader.nodeId())).as("applied on the leader before the ack").hasSize(50);

        for (String address : cluster.addresses) {
            Eventually.until(address + " applied all 50", () -> cluster.commits.get(address).size() == 50);
            assertThat(cluster.commits.get(address)).as(address).containsExactlyElementsOf(sent);
        }
        assertThat(cluster.nodes.values()).allMatch(n -> n.status() == CoordinatorStatus.ACTIVE);
    }

    @Test
    void aCommitsContinuationRunsOffTheReplicationThreadAndMayWaitForTheCluster() throws Exception {
        RaftCoordinator leader = cluster.leader();
        AtomicReference<String> ranOn = new AtomicReference<>();

        // on the replication thread, waiting for a read or another commit would stall the node for good
        long second = leader.commit(policy("inventory", 1)).thenApply(first -> {
            ranOn.set(Thread.currentThread().getName());
            leader.sync().toCompletableFuture().join();
            return leader.commit(policy("inventory", 2)).toCompletableFuture().join();
        }).toCompletableFuture().get(20, TimeUnit.SECONDS);

        // on a callback thread; or on this one, when the commit was done before thenApply was called
        assertThat(ranOn.get()).satisfiesAnyOf(
                name -> assertThat(name).startsWith("hms-raft-callback-"),
                name -> assertThat(name).isEqualTo(Thread.currentThread().getName()));
        assertThat(leader.appliedIndex()).isGreaterThanOrEqualTo(second);
    }

    @Test
    void aFollowerCommitIsForwardedAndCompletesOnceAppliedOnThatFollower() throws Exception {
        RaftCoordinator follower = cluster.follower();
        RegistryMutation published = new RegistryMutation.DescriptorsPublished(follower.nodeId(),
                List.of(FunctionDescriptor.healthCheck("inventory", "ping")));

        long first = follower.commit(policy("inventory", 1)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        long second = follower.commit(published).toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(second).isGreaterThan(first);
        assertThat(follower.appliedIndex()).isGreaterThanOrEqualTo(second);
        assertThat(cluster.commits.get(follower.nodeId())).containsExactly(policy("inventory", 1), published);
        for (String address : cluster.addresses) {
            Eventually.until(address + " applied both", () -> cluster.commits.get(address).size() == 2);
            assertThat(cluster.commits.get(address)).containsExactly(policy("inventory", 1), published);
        }
    }

    @Test
    void aListenerAddedLateIsFirstToldTheRetainedChanges() throws Exception {
        RaftCoordinator leader = cluster.leader();
        leader.commit(policy("inventory", 1)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        leader.commit(policy("inventory", 2)).toCompletableFuture().get(20, TimeUnit.SECONDS);

        List<RegistryMutation> late = new ArrayList<>();
        leader.onCommit(late::add);

        assertThat(late).containsExactly(numbered(policy("inventory", 1), 2), numbered(policy("inventory", 2), 3));
        assertThat(cluster.numbered.get(leader.nodeId())).as("told with the same numbers").isEqualTo(late);
    }

    static RegistryMutation.PolicyCommit numbered(RegistryMutation.PolicyCommit commit, long version) {
        return new RegistryMutation.PolicyCommit(commit.component(), commit.policy(), commit.source(), version);
    }
}
