package io.hms.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.CandidateJudged;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.PatchProposed;
import io.hms.api.event.RepairAttempted;
import io.hms.api.event.RepairOutcome;
import io.hms.api.policy.GuardPolicy;
import io.hms.core.event.EventBus;
import io.hms.core.guard.Guards;
import io.hms.core.time.ManualScheduler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events are handed to the metrics directly, so every meter exists when the test looks. */
class HmsMetricsLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final EventBus bus = new EventBus();
    private final Guards guards = new Guards(new ManualScheduler(), e -> { });
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void close() {
        guards.close();
        bus.close();
    }

    @Test
    void everyMeterCarriesTheRuntimeTagAndLeavesTheRegistryOnClose() {
        guards.register("db", GuardPolicy.defaults(), ComponentSpec.RETRY_ON_EXCEPTIONS);
        HmsMetrics metrics = new HmsMetrics(bus, guards, "checkout");
        metrics.bindTo(registry);
        metrics.record(new BreakerTransition(T0, "db", BreakerState.CLOSED, BreakerState.OPEN, "failures"));
        metrics.record(new IncidentOpened(T0, "db", "inc-1", "breaker open"));
        metrics.record(new RepairAttempted(T0, "db", "inc-1", "reconnect", 1, 1, RepairOutcome.VERIFIED,
                Duration.ofMillis(5), ""));
        metrics.record(new IncidentClosed(T0, "db", "inc-1", Duration.ofSeconds(2), "reconnect", 1));
        metrics.record(new PatchProposed(T0, "db", "p-1", 1, "optimizer", "faster"));
        metrics.record(new GenerationEvaluated(T0, "db", 1, 0.5, 0.4, 20));
        metrics.record(new CandidateJudged(T0, "db", true, 0.4, 0.6, 0.15, "clears the margin"));
        metrics.record(new CandidateJudged(T0, "db", false, 0.6, 0.6, -0.01, "under the margin"));
        metrics.record(new ChaosInjected(T0, "chaos-1", "kill", "db", "", T0.plusSeconds(5)));

        assertThat(registry.getMeters()).extracting(m -> m.getId().getName()).contains("hms.runtime.live",
                "hms.health", "hms.breaker.state", "hms.guard.calls", "hms.guard.latency", "hms.guard.limit",
                "hms.incident.opened", "hms.repair.attempts", "hms.incident.mttr", "hms.patch.proposed",
                "hms.optimizer.generations", "hms.optimizer.convergence.evaluations", "hms.chaos.injected",
                "hms.events.backlog", "hms.events.dropped");
        assertThat(registry.getMeters()).allSatisfy(m ->
                assertThat(m.getId().getTag(RuntimeMeters.TAG)).as(m.getId().toString()).isEqualTo("checkout"));
        assertThat(registry.get("hms.breaker.state").tag("component", "db").gauge().value()).isEqualTo(1.0);
        assertThat(registry.get("hms.optimizer.candidates").tag("verdict", "proposed").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("hms.optimizer.candidates").tag("verdict", "kept").counter().count()).isEqualTo(1.0);

        metrics.close();
        metrics.record(new IncidentOpened(T0, "db", "inc-2", "late"));

        assertThat(registry.getMeters()).as("meters after close").isEmpty();
    }

    @Test
    void bindingTwiceIsRefused() {
        try (HmsMetrics metrics = new HmsMetrics(bus, guards)) {
            metrics.bindTo(registry);
            assertThatThrownBy(() -> metrics.bindTo(registry)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("bound already, as hms-1");
        }
        assertThatThrownBy(() -> new HmsMetrics(bus, guards).meters()).hasMessageContaining("bindTo(");
    }
}
