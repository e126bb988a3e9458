package io.hms.examples.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.core.chaos.experiment.ExpectationResult;
import io.hms.core.chaos.experiment.Expectations;
import io.hms.core.chaos.experiment.Experiment;
import io.hms.core.chaos.experiment.ExperimentReport;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Raft fault kinds against a three-node cluster in this JVM, each hitting the leader: the monitor
 * notices, another node leads, writes through the others commit again, and the broken node comes back
 * with every entry. The test judges what happens, not how fast: on a loaded machine stopping and restarting a
 * Raft node takes seconds, so the experiments run with patient bounds (detection within 30 s, recovery
 * within 60 s, a 90 s deadline) and a revert only has to happen, not to finish within a second of the
 * fault's deadline. The timing figures belong to the chaos report, run on a quiet machine.
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

    /** {@code experiment} with bounds that hold on a loaded machine. */
    private static Experiment patient(Experiment experiment) {
        return Experiment.named(experiment.name()).fault(experiment.fault(), experiment.faultDuration())
                .expect(Expectations.recoveredWithin(Duration.ofSeconds(60)).detectedWithin(Duration.ofSeconds(30)))
                .deadline(Duration.ofSeconds(90)).build();
    }

    private ClusterFigures run(Experiment experiment) throws Exception {
        ClusterFigures run = cluster.runOnLeader(patient(experiment));
        ExperimentReport report = run.report();
        assertThat(report.outcome()).as(report.summary()).isNotEqualTo(ExperimentReport.Outcome.ABORTED);
        assertThat(report.results()).as(report.summary())
                .filteredOn(r -> !r.expectation().startsWith("fault reverted by its deadline"))
                .allMatch(ExpectationResult::passed);
        assertThat(report.results()).as("the fault was reverted").filteredOn(r -> r.expectation()
                .startsWith("fault reverted by its deadline")).allMatch(r -> r.detail().startsWith("reverted"));
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
