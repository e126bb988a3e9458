package io.hms.core.chaos.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.Health;
import io.hms.api.event.AnomalyDetected;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.RepairAttempted;
import io.hms.api.event.RepairOutcome;
import io.hms.core.chaos.experiment.Expectations;
import io.hms.core.chaos.experiment.Experiment;
import io.hms.core.chaos.experiment.ExperimentFigures;
import io.hms.core.chaos.experiment.ExperimentReport;
import io.hms.core.chaos.experiment.SteadyState;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.event.EventBus;
import io.hms.core.metrics.RuntimeMeters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events are handed to the metrics directly, in order, so the figures are deterministic. */
class ChaosMetricsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final EventBus bus = new EventBus();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ChaosMetrics metrics = new ChaosMetrics(bus);

    ChaosMetricsTest() {
        metrics.bindTo(meters);
    }

    @AfterEach
    void close() {
        metrics.close();
        bus.close();
    }

    private static HealthChanged down(int second) {
        return new HealthChanged(T0.plusSeconds(second), "db", Health.up(), Health.down("refused"));
    }

    private static RepairAttempted repair(int level, RepairOutcome outcome) {
        return new RepairAttempted(T0, "db", "inc-1", "fix" + level, level, 1, outcome, Duration.ofMillis(5), "");
    }

    @Test
    void anAlarmWhileNoFaultIsInjectedIsAFalsePositive() {
        metrics.onEvent(down(1));                                                     // false
        metrics.onEvent(new ChaosInjected(T0.plusSeconds(10), "chaos-1", "kill", "db", "", T0.plusSeconds(20)));
        metrics.onEvent(down(11));                                                    // caused
        metrics.onEvent(new ChaosReverted(T0.plusSeconds(12), "chaos-1", "kill", "db", "repaired"));
        metrics.onEvent(down(13));                                                    // within the grace
        metrics.onEvent(down(30));                                                    // false

        ChaosMetrics.Snapshot s = metrics.snapshot();
        assertThat(s.alarms()).isEqualTo(4);
        assertThat(s.falseAlarms()).isEqualTo(2);
        assertThat(s.falsePositiveRate()).isEqualTo(0.5);
        assertThat(meters.get("hms.monitor.alarms").tag("fault", "none").counter().count()).isEqualTo(2);
        assertThat(meters.get("hms.monitor.false.positive.rate").gauge().value()).isEqualTo(0.5);
    }

    @Test
    void anAnomalyRaisedWhileNoFaultIsInjectedIsCountedAsAFalseEarlyWarning() {
        metrics.onEvent(new AnomalyDetected(T0.plusSeconds(1), "db", 0.8, 2.0, 3, List.of()));      // none
        metrics.onEvent(new ChaosInjected(T0.plusSeconds(10), "chaos-1", "latency", "db", "", T0.plusSeconds(20)));
        metrics.onEvent(new AnomalyDetected(T0.plusSeconds(12), "db", 0.9, 2.5, 3, List.of()));     // injected

        assertThat(meters.get("hms.monitor.anomaly.alarms").tag("fault", "none").counter().count()).isEqualTo(1);
        assertThat(meters.get("hms.monitor.anomaly.alarms").tag("fault", "injected").counter().count()).isEqualTo(1);
        assertThat(metrics.snapshot().alarms()).as("anomalies are not DOWN alarms").isZero();
    }

    @Test
    void itsMetersCarryTheRuntimeTagAndLeaveTheRegistryOnClose() {
        metrics.onEvent(down(1));
        metrics.onEvent(repair(1, RepairOutcome.VERIFIED));

        assertThat(meters.getMeters()).extracting(m -> m.getId().getName())
                .contains("hms.monitor.alarms", "hms.repair.success.rate", "hms.monitor.false.positive.rate");
        assertThat(meters.getMeters()).allSatisfy(m ->
                assertThat(m.getId().getTag(RuntimeMeters.TAG)).as(m.getId().toString()).isEqualTo("hms-1"));

        metrics.close();
        metrics.onEvent(down(2));

        assertThat(meters.getMeters()).isEmpty();
    }

    @Test
    void aJvmWideFaultExplainsAlarmsOfEveryComponent() {
        metrics.onEvent(new ChaosInjected(T0, "chaos-1", "cpu_spike", ChaosInjected.PROCESS, "", T0.plusSeconds(5)));
        metrics.onEvent(down(1));

        assertThat(metrics.snapshot().falseAlarms()).isZero();
    }

    @Test
    void repairSuccessIsCountedPerLevel() {
        metrics.onEvent(repair(1, RepairOutcome.UNVERIFIED));
        metrics.onEvent(repair(1, RepairOutcome.VERIFIED));
        metrics.onEvent(repair(2, RepairOutcome.VERIFIED));

        assertThat(metrics.snapshot().repairSuccess()).isEqualTo(Map.of(1, 0.5, 2, 1.0));
        assertThat(meters.get("hms.repair.success.rate").tag("level", "1").gauge().value()).isEqualTo(0.5);
    }

    @Test
    void experimentReportsFeedTheRecoveryAndDetectionDistributions() {
        Experiment kill = Experiment.named("kill-db").fault(new KillFault("db"), Duration.ofSeconds(5))
                .expect(Expectations.recoveredWithin(Duration.ofSeconds(1))).build();
        for (int ms : new int[] {100, 200, 300, 400}) {
            ExperimentFigures figures = new ExperimentFigures(Optional.of(Duration.ofMillis(ms / 2)),
                    Optional.of(Duration.ofMillis(ms)), Optional.empty(), Optional.empty(), 10, 0,
                    new SteadyState.Measurement(10, 0, Duration.ZERO));
            metrics.record(new ExperimentReport(kill, ExperimentReport.Outcome.PASSED, "", T0, T0, List.of(), figures,
                    List.of()));
        }

        Distribution mttr = metrics.snapshot().mttr().get("db/kill");
        assertThat(mttr).isEqualTo(new Distribution(4, Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(400)));
        assertThat(metrics.snapshot().detection().get("db/kill").p50()).isEqualTo(Duration.ofMillis(100));
        assertThat(meters.get("hms.chaos.mttr").tag("fault", "kill").timer().count()).isEqualTo(4);
        assertThat(meters.get("hms.chaos.experiments").tag("outcome", "passed").counter().count()).isEqualTo(4);
    }

    @Test
    void theSnapshotCarriesHowFastTheOptimizerConverged() {
        metrics.onEvent(new GenerationEvaluated(T0, "db", 1, 1.0, 0.5, 20));
        metrics.onEvent(new GenerationEvaluated(T0, "db", 2, 2.0, 1.0, 40));

        assertThat(metrics.snapshot().optimizerRuns()).singleElement()
                .satisfies(run -> assertThat(run.evaluationsToConverge()).isEqualTo(40));
    }
}
