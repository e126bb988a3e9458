package io.hms.core.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.FunctionDescriptor;
import io.hms.api.Subscription;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.api.spi.RegistryMutation;
import io.hms.core.time.ManualScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The single JVM leads always, and commits apply at once, in order, to every listener. */
class LocalCoordinatorCommitTest {

    private final LocalCoordinator coordinator = new LocalCoordinator("node-1", new ManualScheduler());

    @Test
    void aLocalCoordinatorIsAlwaysTheActiveLeader() {
        assertThat(coordinator.nodeId()).isEqualTo("node-1");
        assertThat(coordinator.isLeader()).isTrue();
        assertThat(coordinator.status()).isEqualTo(CoordinatorStatus.ACTIVE);
        assertThat(coordinator.leaderId()).contains("node-1");
        assertThat(coordinator.members()).containsExactly("node-1");
        assertThat(ReadOnlyCoordinator.of(coordinator).members()).containsExactly("node-1");
    }

    @Test
    void aLeadershipListenerIsToldTheCurrentStateAtOnceAndTheLossOnClose() {
        List<Boolean> told = new ArrayList<>();
        coordinator.onLeadershipChange(told::add);
        assertThat(told).containsExactly(true);

        coordinator.close();
        coordinator.close();

        assertThat(told).containsExactly(true, false);
        assertThat(coordinator.isLeader()).isFalse();
        assertThat(coordinator.leaderId()).isEmpty();
        assertThat(coordinator.status()).isEqualTo(CoordinatorStatus.STOPPED);
    }

    @Test
    void aClosedLeadershipSubscriptionIsNotToldTheLoss() {
        List<Boolean> told = new ArrayList<>();
        Subscription subscription = coordinator.onLeadershipChange(told::add);
        subscription.close();
        coordinator.close();
        assertThat(told).containsExactly(true);
    }

    @Test
    void commitsGetGrowingIndexesAndReachListenersInOrder() throws Exception {
        List<RegistryMutation> first = new ArrayList<>();
        List<RegistryMutation> second = new ArrayList<>();
        coordinator.onCommit(first::add);
        coordinator.onCommit(second::add);
        RegistryMutation a = new RegistryMutation.PolicyCommit("db", ComponentPolicy.defaults(), "patch:1");
        RegistryMutation b = new RegistryMutation.DescriptorsPublished("node-1",
                List.of(FunctionDescriptor.healthCheck("db", "ping")));
        RegistryMutation c = new RegistryMutation.PolicyCommit("db", ComponentPolicy.defaults(), "patch:2");

        long ia = coordinator.commit(a).toCompletableFuture().get(0, TimeUnit.SECONDS);
        long ib = coordinator.commit(b).toCompletableFuture().get(0, TimeUnit.SECONDS);
        long ic = coordinator.commit(c).toCompletableFuture().get(0, TimeUnit.SECONDS);

        assertThat(List.of(ia, ib, ic)).containsExactly(1L, 2L, 3L);
        assertThat(first).containsExactly(a, b, c);
        assertThat(second).containsExactly(a, b, c);
    }

    @Test
    void aThrowingCommitListenerDoesNotStopTheCommitNorTheOthers() throws Exception {
        List<RegistryMutation> told = new ArrayList<>();
        coordinator.onCommit(m -> {
            throw new IllegalStateException("listener bug");
        });
        coordinator.onCommit(told::add);
        RegistryMutation m = new RegistryMutation.PolicyCommit("db", ComponentPolicy.defaults(), "patch:1");

        assertThat(coordinator.commit(m).toCompletableFuture().get(0, TimeUnit.SECONDS)).isEqualTo(1L);
        assertThat(told).containsExactly(m);
    }

    @Test
    void aClosedCommitSubscriptionHearsNoMore() {
        List<RegistryMutation> told = new ArrayList<>();
        Subscription subscription = coordinator.onCommit(told::add);
        subscription.close();
        coordinator.commit(new RegistryMutation.PolicyCommit("db", ComponentPolicy.defaults(), "x"));
        assertThat(told).isEmpty();
    }

    @Test
    void aClosedCoordinatorRefusesCommits() {
        coordinator.close();
        var result = coordinator.commit(new RegistryMutation.PolicyCommit("db", ComponentPolicy.defaults(), "x"));
        assertThatThrownBy(() -> result.toCompletableFuture().get(0, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("the coordinator is closed");
    }
}
