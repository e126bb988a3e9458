package io.hms.ga;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.GenerationEvaluated;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.spi.ReportBoard;
import io.hms.api.spi.SwarmReport.Migrants;
import io.hms.ga.internal.CpuPacer;
import io.hms.ga.search.LocalSearch;
import io.hms.ga.workload.SyntheticWorkloads;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cluster-wide runs: the leader calls, the others join as islands, the best travel, only the leader proposes. */
class IslandRunsTest {

    private static final String COMPONENT = "inventory";

    private static OptimizerAgentOptions options(boolean islands) {
        return OptimizerAgentOptions.builder()
                .period(Duration.ofMinutes(5)).evaluationBudget(48).maxRunTime(Duration.ofSeconds(5))
                .populationSize(8).localSearch(LocalSearch.of(1, 4)).replaySeeds(1).improvementMargin(0.0)
                .minTraceCalls(100).randomSeed(1).cpuShare(1.0).capacityDrop(0).islands(islands)
                .build();
    }

    private static FakeOptimizerContext instance(String node, boolean leader, ReportBoard board, long draw) {
        return new FakeOptimizerContext(COMPONENT, PolicySpace.defaults(), SyntheticWorkloads.overload(draw),
                new ToggledCoordinator(node, leader, board));
    }

    private static OptimizerAgent started(OptimizerAgentOptions options, FakeOptimizerContext context) {
        OptimizerAgent agent = new OptimizerAgent(options, Runnable::run, CpuPacer.Clocks.system());
        agent.start(context);
        return agent;
    }

    private static List<Migrants> migrants(ReportBoard board) {
        return board.reports().stream().filter(Migrants.class::isInstance).map(Migrants.class::cast).toList();
    }

    @Test
    void theOthersJoinTheLeadersRunAsIslandsTradeTheirBestAndOnlyTheLeaderProposes() {
        ReportBoard board = new ReportBoard();
        FakeOptimizerContext follower = instance("b", false, board, 6);
        FakeOptimizerContext leader = instance("a", true, board, 5);
        OptimizerAgent b = started(options(true), follower);
        OptimizerAgent a = started(options(true), leader);
        try {
            assertThat(follower.traceAsks).as("an island records its trace from the start").contains(COMPONENT);

            leader.time.advance(Duration.ofMinutes(5));

            assertThat(follower.published(GenerationEvaluated.class)).as("the follower searched").isNotEmpty();
            assertThat(follower.proposed).as("but never proposes").isEmpty();
            assertThat(leader.proposed).hasSize(1);
            List<Migrants> sent = migrants(board);
            assertThat(sent).extracting(Migrants::nodeId).containsExactlyInAnyOrder("a", "b");
            assertThat(sent).extracting(Migrants::run).containsOnly(sent.getFirst().run());
            assertThat(sent).allSatisfy(m -> {
                assertThat(m.generation()).isPositive();
                assertThat(m.policies()).isNotEmpty().hasSizeLessThanOrEqualTo(ClusterMigration.EMIGRANTS);
            });
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void withoutIslandsTheFollowersStayIdleAndTheLeaderSendsNothing() {
        ReportBoard board = new ReportBoard();
        FakeOptimizerContext follower = instance("b", false, board, 6);
        FakeOptimizerContext leader = instance("a", true, board, 5);
        OptimizerAgent b = started(options(false), follower);
        OptimizerAgent a = started(options(false), leader);
        try {
            leader.time.advance(Duration.ofMinutes(5));

            assertThat(follower.published).isEmpty();
            assertThat(follower.traceAsks).isEmpty();
            assertThat(leader.proposed).hasSize(1);
            assertThat(migrants(board)).isEmpty();
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void anIslandTakesInEachOtherInstancesNewestCandidatesOnceAndOnlyFromItsOwnRun() {
        ReportBoard board = new ReportBoard();
        ToggledCoordinator a = new ToggledCoordinator("a", true, board);
        ToggledCoordinator b = new ToggledCoordinator("b", false, board);
        GuardPolicy guard = GuardPolicy.defaults();
        try (ClusterMigration island = new ClusterMigration(a, COMPONENT, 7)) {
            b.publish(new Migrants("b", COMPONENT, 6, 2, List.of(guard))); // another run
            b.publish(new Migrants("b", COMPONENT, 7, 0, List.of()));     // a call: no candidates
            assertThat(island.exchange(2, List.of(guard))).isEmpty();

            b.publish(new Migrants("b", COMPONENT, 7, 2, List.of(guard.withRetry(RetryPolicy.none()))));
            assertThat(island.exchange(4, List.of(guard))).hasSize(1);
            assertThat(island.exchange(6, List.of(guard))).as("taken once").isEmpty();
            assertThat(migrants(board)).filteredOn(m -> m.nodeId().equals("a")).singleElement()
                    .satisfies(m -> assertThat(m.generation()).isEqualTo(6));
        }
    }
}
