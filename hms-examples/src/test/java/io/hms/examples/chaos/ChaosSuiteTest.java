package io.hms.examples.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.AgentRestarted;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.core.chaos.experiment.Experiment;
import io.hms.core.chaos.experiment.ExperimentReport;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every in-process fault kind against the live checkout host: HMS must recover. The waits are bounded
 * and generous (each run ends by its 20 s deadline); the timing figures belong to the chaos report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChaosSuiteTest {

    private ChaosHost host;

    @BeforeAll
    void startHost() {
        host = ChaosHost.start();
    }

    @AfterAll
    void stopHost() {
        host.close(); // reverts whatever a failed test left, CPU spike threads included
        assertThat(host.hms().threads()).noneMatch(t -> t.getName().startsWith("hms-chaos-"));
    }

    @AfterEach
    void noFaultOutlivesItsExperiment() {
        assertThat(host.hms().chaos().active()).isEmpty();
    }

    private ExperimentReport run(Experiment experiment) throws Exception {
        ExperimentReport report = host.hms().experiments().run(experiment).get(30, TimeUnit.SECONDS);
        assertThat(report.passed()).as(report.summary()).isTrue();
        assertThat(report.timeline()).as("the timeline holds the injection and the revert")
                .anyMatch(ChaosInjected.class::isInstance).anyMatch(ChaosReverted.class::isInstance);
        return report;
    }

    @Test
    void aKilledComponentIsDetectedAndRepaired() throws Exception {
        ExperimentReport report = run(ChaosCatalogue.kill());
        assertThat(report.figures().detection()).isPresent();
        assertThat(report.figures().incidentMttr()).isPresent();
    }

    @Test
    void failingCallsOpenTheBreakerAndARepairHeals() throws Exception {
        assertThat(run(ChaosCatalogue.errors()).figures().detection()).isPresent();
    }

    @Test
    void slowCallsTimeOutAndARepairHeals() throws Exception {
        assertThat(run(ChaosCatalogue.latency()).figures().detection()).isPresent();
    }

    @Test
    void aCpuSpikeIsEnduredAndItsThreadsAreGone() throws Exception {
        run(ChaosCatalogue.cpuSpike());
        assertThat(host.hms().threads()).noneMatch(t -> t.getName().startsWith("hms-chaos-cpu-"));
    }

    @Test
    void memoryPressureIsEndured() throws Exception {
        run(ChaosCatalogue.memoryPressure());
    }

    @Test
    void anExhaustedConcurrencyLimitIsAnsweredByTheFallback() throws Exception {
        ExperimentReport report = run(ChaosCatalogue.limitExhaustion());
        assertThat(report.figures().during().errorRate()).as("calls were refused while the limit was taken")
                .isPositive();
    }

    @Test
    void anExhaustedHostPoolIsEndured() throws Exception {
        run(ChaosCatalogue.executorExhaustion(host.orderPool()));
    }

    @Test
    void aCrashedHealerIsRestartedBySupervisionAndHealsAgain() throws Exception {
        ExperimentReport report = run(ChaosCatalogue.agentCrash());

        assertThat(report.figures().detection()).as("the restart is the alarm").isPresent();
        assertThat(report.timeline()).filteredOn(AgentRestarted.class::isInstance).map(AgentRestarted.class::cast)
                .singleElement().satisfies(e -> assertThat(e.agent()).isEqualTo("healer"));
        assertThat(report.timeline()).filteredOn(ChaosReverted.class::isInstance).map(ChaosReverted.class::cast)
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("agent healer restarted by the supervisor"));
        assertThat(run(ChaosCatalogue.kill()).figures().incidentMttr()).as("the restarted healer heals").isPresent();
    }
}
