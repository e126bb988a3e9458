package io.hms.examples.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.core.chaos.Experiment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Raft fault kinds against a three-node cluster in this JVM, each hitting the leader: the monitor
 * notices, another node leads, writes through the others commit again, and the broken node comes back
 * with every entry. The waits are bounded and generous (each run ends by its 25 s deadline); the timing
 * figures belong to the chaos report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterChaosSuiteTest {

    private ClusterChaosHost cluster;

    @BeforeAll
    void startCluster() throws Exception {
        cluster = ClusterChaosHost.start();
    }

    @AfterAll
    void stopCluster() {
        cluster.close();
        assertThat(cluster.anyNodeCutOff()).as("closing reverts every partition").isFalse();
    }

    private ClusterFigures run(Experiment experiment) throws Exception {
        ClusterFigures run = cluster.runOnLeader(experiment);
        assertThat(run.report().passed()).as(run.report().summary()).isTrue();
        assertThat(run.report().timeline()).as("the timeline holds the injection and the revert")
                .anyMatch(ChaosInjected.class::isInstance).anyMatch(ChaosReverted.class::isInstance);
        assertThat(run.report().figures().detection()).as("the monitor saw the node leave").isPresent();
        assertThat(run.wasLeader()).isTrue();
        assertThat(run.newLeader()).as("another node took the lead").isPresent();
        assertThat(run.commitsAgain()).as("the others committed again").isPresent();
        assertThat(run.caughtUp()).as("the broken node came back with every entry").isPresent();
        return run;
    }

    @Test
    void aKilledLeaderIsReplacedAndRejoinsAfterItsRestart() throws Exception {
        run(ChaosCatalogue.nodeKill());
    }

    @Test
    void aPartitionedLeaderStepsDownAndCatchesUpAfterTheHeal() throws Exception {
        run(ChaosCatalogue.partition());
    }
}
