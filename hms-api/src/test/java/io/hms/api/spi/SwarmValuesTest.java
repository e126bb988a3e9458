package io.hms.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.HealthStatus;
import io.hms.api.RepairContext;
import io.hms.api.Subscription;
import io.hms.api.event.BreakerState;
import io.hms.api.policy.ClusterBreakerPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What instances tell each other, the board a coordinator keeps them on, and the cluster breaker's policy. */
class SwarmValuesTest {

    private static SwarmReport.BreakerWindow window(String node, BreakerState state, boolean byCluster) {
        return new SwarmReport.BreakerWindow(node, "db", 40, 30, state, byCluster);
    }

    @Test
    void aBreakerWindowSaysFailingOnlyOnItsOwnEvidence() {
        assertThat(window("a", BreakerState.OPEN, false).failingByOwnEvidence()).isTrue();
        assertThat(window("a", BreakerState.HALF_OPEN, false).failingByOwnEvidence()).isTrue();
        assertThat(window("a", BreakerState.OPEN, true).failingByOwnEvidence()).isFalse();
        assertThat(window("a", BreakerState.HALF_OPEN, true).failingByOwnEvidence()).isFalse();
        assertThat(window("a", BreakerState.CLOSED, false).failingByOwnEvidence()).isFalse();
        assertThat(window("a", BreakerState.CLOSED, false).subject()).isEqualTo("db");
        assertThatThrownBy(() -> new SwarmReport.BreakerWindow("a", "db", 3, 4, BreakerState.OPEN, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 4 of 3");
        assertThatThrownBy(() -> new SwarmReport.BreakerWindow("a", "db", -1, 0, BreakerState.OPEN, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progressAndNodeStateNameTheirSubject() {
        SwarmReport.RepairProgress progress = new SwarmReport.RepairProgress("a", "db", "restart", 2, 9, false);
        SwarmReport.ComponentState db = new SwarmReport.ComponentState("db", HealthStatus.DOWN, BreakerState.OPEN,
                "inc-1", 2, 3);
        List<SwarmReport.ComponentState> states = new ArrayList<>(List.of(db));
        SwarmReport.NodeState node = new SwarmReport.NodeState("a", states);
        states.clear();

        assertThat(progress.subject()).isEqualTo("db");
        assertThat(node.subject()).isEqualTo("components");
        assertThat(node.components()).containsExactly(db);
        assertThatThrownBy(() -> new SwarmReport.RepairProgress("a", "db", null, 1, 1, true))
                .isInstanceOf(NullPointerException.class).hasMessage("function");
        assertThatThrownBy(() -> new SwarmReport.ComponentState("db", HealthStatus.UP, BreakerState.CLOSED, null, 0, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("openIncident");
    }

    @Test
    void theBoardKeepsTheLatestOfEachKindInstanceAndSubjectAndTellsANewListenerThose() {
        ReportBoard board = new ReportBoard();
        List<SwarmReport> heard = new ArrayList<>();
        Subscription subscription = board.subscribe(heard::add);
        board.subscribe(r -> {
            throw new IllegalStateException("a listener that throws");
        });

        board.post(window("a", BreakerState.CLOSED, false));
        board.post(window("a", BreakerState.OPEN, false));
        board.post(window("b", BreakerState.CLOSED, false));
        board.post(new SwarmReport.RepairProgress("a", "db", "restart", 2, 9, false));

        assertThat(heard).hasSize(4);
        assertThat(board.reports()).containsExactly(window("a", BreakerState.OPEN, false),
                window("b", BreakerState.CLOSED, false), new SwarmReport.RepairProgress("a", "db", "restart", 2, 9, false));
        List<SwarmReport> late = new ArrayList<>();
        board.subscribe(late::add);
        assertThat(late).isEqualTo(board.reports());
        subscription.close();
        board.post(window("c", BreakerState.CLOSED, false));
        assertThat(heard).hasSize(4);
    }

    @Test
    void aReportThatArrivesAfterANewerOneOfItsReporterIsDroppedUntold() {
        ReportBoard board = new ReportBoard();
        List<SwarmReport> heard = new ArrayList<>();
        board.subscribe(heard::add);
        ReportSequence sequence = new ReportSequence(Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC));
        long madeFirst = sequence.next();
        long madeSecond = sequence.next();

        assertThat(board.post(window("a", BreakerState.OPEN, false), madeSecond)).isTrue();
        assertThat(board.post(window("a", BreakerState.CLOSED, false), madeFirst)).isFalse();
        assertThat(board.post(window("b", BreakerState.CLOSED, false), madeFirst)).isTrue(); // another reporter

        assertThat(madeSecond).isGreaterThan(madeFirst);
        assertThat(heard).containsExactly(window("a", BreakerState.OPEN, false), window("b", BreakerState.CLOSED, false));
        assertThat(board.reports()).containsExactly(window("a", BreakerState.OPEN, false),
                window("b", BreakerState.CLOSED, false));
    }

    @Test
    void aReporterThatRestartsNumbersItsReportsAboveItsLastOnes() {
        long beforeRestart = new ReportSequence(Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC)).next();
        long afterRestart = new ReportSequence(Clock.fixed(Instant.ofEpochSecond(1_700_000_001), ZoneOffset.UTC)).next();
        assertThat(afterRestart).isGreaterThan(beforeRestart);
    }

    @Test
    void aCoordinatorThatCarriesNoReportsSaysSoAndRenewsNothing() {
        Coordinator none = new Coordinator() {
            @Override
            public String nodeId() {
                return "solo";
            }

            @Override
            public boolean isLeader() {
                return true;
            }

            @Override
            public CoordinatorStatus status() {
                return CoordinatorStatus.ACTIVE;
            }

            @Override
            public Subscription onLeadershipChange(Consumer<Boolean> listener) {
                return () -> { };
            }

            @Override
            public Optional<LockLease> tryLock(String name, String holder, Duration lease) {
                return Optional.empty();
            }

            @Override
            public void unlock(LockLease lease) {
            }

            @Override
            public boolean checkFence(LockLease lease) {
                return false;
            }

            @Override
            public Subscription onCommit(Consumer<RegistryMutation> listener) {
                return () -> { };
            }

            @Override
            public java.util.concurrent.CompletionStage<Long> commit(RegistryMutation mutation) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
            }
        };
        LockLease lease = new LockLease("hms.heal.db", "solo", 3, Instant.EPOCH);

        assertThat(none.renew(lease, Duration.ofSeconds(1))).isEmpty();
        none.onReport(r -> { }).close();
        assertThatThrownBy(() -> none.publish(window("solo", BreakerState.OPEN, false)).toCompletableFuture().join())
                .isInstanceOf(CompletionException.class).hasMessageContaining("carries no swarm reports");
    }

    @Test
    void theClusterBreakerPolicyCountsTheVotesAQuorumNeedsAndRefusesNonsense() {
        ClusterBreakerPolicy majority = ClusterBreakerPolicy.majority();
        assertThat(majority.votesNeeded(1)).isEqualTo(1);
        assertThat(majority.votesNeeded(2)).isEqualTo(2);
        assertThat(majority.votesNeeded(3)).isEqualTo(2);
        assertThat(majority.votesNeeded(5)).isEqualTo(3);
        assertThat(new ClusterBreakerPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)).votesNeeded(3)).isEqualTo(1);
        assertThatThrownBy(() -> new ClusterBreakerPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in [0, 1)");
        assertThatThrownBy(() -> new ClusterBreakerPolicy(Double.NaN, Duration.ofSeconds(1), Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterBreakerPolicy(0.5, Duration.ofSeconds(3), Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be longer than reportEvery");
        assertThatThrownBy(() -> new ClusterBreakerPolicy(0.5, Duration.ZERO, Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRepairContextCarriesItsLeaseAndToken() {
        LockLease lease = new LockLease("hms.heal.db", "a", 12, Instant.EPOCH);
        RepairContext context = new RepairContext("db", "inc-1", 2, 1, "ping failed", Duration.ofSeconds(1), lease);

        assertThat(context.fencingToken()).isEqualTo(12);
        assertThat(context.lease()).isEqualTo(lease);
        assertThatThrownBy(() -> new RepairContext("db", "inc-1", 2, 1, "ping failed", Duration.ofSeconds(1), null))
                .isInstanceOf(NullPointerException.class).hasMessage("lease");
    }
}
