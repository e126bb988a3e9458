package io.hms.core.guard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.Subscription;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ClusterBreakerPolicy;
import io.hms.api.policy.WindowType;
import io.hms.api.spi.ReportBoard;
import io.hms.api.spi.SwarmReport;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.guard.CircuitBreaker;
import io.hms.core.testing.ForwardingCoordinator;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Three instances sharing one dependency, their reports on one board, on one manual clock. */
class ClusterBreakersTest {

    private static final String DB = "db";
    private static final Duration OPEN = Duration.ofSeconds(10);
    private static final BreakerPolicy BREAKER = new BreakerPolicy(WindowType.COUNT, 4, 50, 100, Duration.ofSeconds(60),
            4, OPEN, 2);

    private final ManualScheduler time = new ManualScheduler();
    private final ReportBoard board = new ReportBoard();
    private final List<String> members = List.of("a", "b", "c");
    private final List<Node> nodes = new ArrayList<>();

    @AfterEach
    void close() {
        nodes.forEach(n -> n.cluster.close());
    }

    @Test
    void twoInstancesOpenOnTheirOwnCallsHoldTheThirdsOpenUntilOneRecovers() {
        Node a = node("a");
        Node b = node("b");
        Node c = node("c");

        a.fail(4);
        assertThat(c.breaker.state()).isEqualTo(BreakerState.CLOSED); // one of three is not a majority
        b.fail(4);

        assertThat(c.breaker.state()).isEqualTo(BreakerState.OPEN);
        assertThat(c.breaker.heldOpen()).isTrue();
        assertThat(c.breaker.tryAcquirePermission()).isFalse();
        assertThat(c.lastReason()).contains("opened by the cluster: 2 of 3 instances see 'db' fail");

        time.advance(OPEN); // a's own open time ends: it probes, and the dependency answers
        a.succeed(2);
        assertThat(a.breaker.state()).isEqualTo(BreakerState.CLOSED);

        assertThat(c.breaker.state()).isEqualTo(BreakerState.HALF_OPEN); // released to probe, not flooded
        assertThat(c.lastReason()).contains("released by the cluster: 1 of 3");
        assertThat(a.breaker.state()).isEqualTo(BreakerState.CLOSED); // c probing is no evidence against a
    }

    @Test
    void theOthersProbingThroughALastingOutageKeepTheHold() {
        Node a = node("a");
        Node b = node("b");
        Node c = node("c");
        a.fail(4);
        b.fail(4);

        for (int round = 0; round < 3; round++) {
            time.advance(OPEN);
            a.fail(1); // a probes: HALF_OPEN, still failing on its own calls
            assertThat(a.breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
            assertThat(c.breaker.heldOpen()).isTrue();
            a.fail(1);
            b.fail(2);
            assertThat(c.breaker.heldOpen()).isTrue();
        }
        assertThat(c.transitions).hasSize(1);
    }

    @Test
    void aFailurePrivateToOneInstanceNeverOpensTheOthers() {
        Node a = node("a");
        Node b = node("b");
        Node c = node("c");

        for (int round = 0; round < 5; round++) {
            a.fail(4);
            time.advance(OPEN);
        }

        assertThat(b.breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(c.breaker.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(b.transitions).isEmpty();
        assertThat(c.transitions).isEmpty();
    }

    @Test
    void anInstanceThatStopsHearingItsPeersDecidesAloneOnceTheirReportsAreStale() {
        Node a = node("a");
        Node b = node("b");
        Node c = node("c");
        a.fail(4);
        b.fail(4);
        assertThat(c.breaker.heldOpen()).isTrue();

        a.cluster.close(); // a and b go silent: their last reports age
        b.cluster.close();
        time.advance(Duration.ofSeconds(2));
        assertThat(c.breaker.heldOpen()).isTrue();
        time.advance(Duration.ofSeconds(2));

        assertThat(c.breaker.state()).isEqualTo(BreakerState.HALF_OPEN);
    }

    @Test
    void aClusterThatCannotBeToldLeavesEachBreakerToItsOwnCalls() {
        Node a = node("a", false);
        Node b = node("b", false);
        Node c = node("c", false);

        a.fail(4);
        b.fail(4);
        time.advance(Duration.ofSeconds(3));

        assertThat(c.breaker.state()).isEqualTo(BreakerState.CLOSED);
    }

    private Node node(String id) {
        return node(id, true);
    }

    private Node node(String id, boolean reachable) {
        Node node = new Node(id, reachable);
        nodes.add(node);
        node.cluster.start();
        return node;
    }

    /** One instance: its breaker of {@value #DB} and its cluster side. */
    private final class Node {
        final List<BreakerTransition> transitions = new ArrayList<>();
        final CircuitBreaker breaker;
        final ClusterBreakers cluster;

        Node(String id, boolean reachable) {
            ClusterBreakers[] self = new ClusterBreakers[1];
            breaker = CircuitBreaker.of(DB, BREAKER, time, event -> {
                if (event instanceof BreakerTransition t) {
                    transitions.add(t);
                    self[0].onTransition(t);
                }
            });
            cluster = new ClusterBreakers(new BoardCoordinator(id, reachable), time,
                    Map.of(DB, ClusterBreakerPolicy.majority()), name -> Optional.of(breaker));
            self[0] = cluster;
        }

        void fail(int calls) {
            for (int i = 0; i < calls; i++) {
                if (breaker.tryAcquirePermission()) {
                    breaker.onError(1_000_000);
                }
            }
        }

        void succeed(int calls) {
            for (int i = 0; i < calls; i++) {
                if (breaker.tryAcquirePermission()) {
                    breaker.onSuccess(1_000_000);
                }
            }
        }

        String lastReason() {
            return transitions.getLast().reason();
        }
    }

    /** A member of the three whose reports go to the shared board, or nowhere when unreachable. */
    private final class BoardCoordinator extends ForwardingCoordinator {
        private final String id;
        private final boolean reachable;

        BoardCoordinator(String id, boolean reachable) {
            super(new LocalCoordinator(id, time));
            this.id = id;
            this.reachable = reachable;
        }

        @Override
        public String nodeId() {
            return id;
        }

        @Override
        public List<String> members() {
            return members;
        }

        @Override
        public CompletionStage<Void> publish(SwarmReport report) {
            if (!reachable) {
                return CompletableFuture.failedFuture(new IllegalStateException("no quorum"));
            }
            board.post(report);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public Subscription onReport(Consumer<SwarmReport> listener) {
            return board.subscribe(listener);
        }
    }
}
