package io.hms.core.monitor;

import static io.hms.api.HealthStatus.DOWN;
import static io.hms.api.HealthStatus.UNKNOWN;
import static io.hms.api.HealthStatus.UP;
import static io.hms.core.monitor.MonitorFixture.WAIT;
import static io.hms.core.monitor.MonitorFixture.await;
import static io.hms.core.monitor.MonitorFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionKind;
import io.hms.api.event.HealthChanged;
import io.hms.api.policy.ComponentPolicy;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.time.ManualScheduler;
import io.hms.core.time.SystemScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The monitor follows the registry while it runs: a policy commit brings a new interval, timeout and
 * thresholds; a check registered later is scheduled; a check removed no longer counts.
 */
class MonitorFollowsRegistryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aNewIntervalFromAPolicyCommitReschedulesTheCheck() throws Exception {
        ManualScheduler time = new ManualScheduler();
        try (MonitorFixture f = new MonitorFixture(time)) {
            f.declare("db", policy(Duration.ofHours(1), Duration.ofSeconds(1), 1, 1), "ping", ScriptedCheck.of("fail"));
            f.monitor.start();
            var down = f.next("db", DOWN);

            ComponentPolicy current = f.registry.policy("db").policy();
            f.registry.commitPolicy("db", current.withHealth(current.health().withInterval(Duration.ofSeconds(10))), "test");
            time.advance(Duration.ofSeconds(10));

            assertThat(await(down).time()).isEqualTo(T0.plusSeconds(10));
        }
    }

    @Test
    void aNewTimeoutFromAPolicyCommitAppliesToTheNextRun() throws Exception {
        ManualScheduler time = new ManualScheduler();
        try (MonitorFixture f = new MonitorFixture(time)) {
            var hung = new MonitorCheckFailuresTest.HangingCheck();
            f.declare("db", policy(Duration.ofSeconds(1), Duration.ofMinutes(10), 1, 1), "ping", hung);
            f.monitor.start();
            var down = f.next("db", DOWN);

            ComponentPolicy current = f.registry.policy("db").policy();
            f.registry.commitPolicy("db", current.withHealth(current.health().withTimeout(Duration.ofMillis(200))), "test");
            time.advance(Duration.ofSeconds(1));
            assertThat(hung.entered.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            time.advance(Duration.ofMillis(200));

            HealthChanged change = await(down);
            assertThat(change.current().reason()).isEqualTo("timed out after 200ms");
            assertThat(change.time()).isEqualTo(T0.plusMillis(1200));
        }
    }

    @Test
    void newThresholdsFromAPolicyCommitApplyToTheNextResult() throws Exception {
        try (MonitorFixture f = new MonitorFixture(new SystemScheduler())) {
            f.declare("db", policy(Duration.ofMillis(2), Duration.ofSeconds(5), 1_000_000, 1), "ping",
                    ScriptedCheck.of("fail"));
            f.monitor.start();
            var down = f.next("db", DOWN);

            ComponentPolicy current = f.registry.policy("db").policy();
            f.registry.commitPolicy("db", current.withHealth(current.health().withHysteresis(1, 1)), "test");

            assertThat(await(down).current().reason()).startsWith("fail #");
        }
    }

    @Test
    void aCheckRegisteredAfterStartIsScheduled() throws Exception {
        try (MonitorFixture f = new MonitorFixture(new SystemScheduler())) {
            f.monitor.start();
            new StagedRegistrar("test")
                    .component(ComponentSpec.of("late").withPolicy(ComponentPolicy.defaults()
                            .withHealth(policy(Duration.ofMillis(2), Duration.ofSeconds(5), 1, 1))))
                    .applyTo(f.registry);
            assertThat(f.monitor.health("late").status()).isEqualTo(UNKNOWN);
            assertThat(f.monitor.health("late").reason()).isEqualTo("no health check is registered");
            var down = f.next("late", DOWN);

            new StagedRegistrar("test").healthCheck("late", "ping", ScriptedCheck.of("fail")).applyTo(f.registry);

            assertThat(await(down).current().reason()).isEqualTo("fail #1");
        }
    }

    @Test
    void removingTheFailingCheckBringsTheComponentBackUp() throws Exception {
        try (MonitorFixture f = new MonitorFixture(new SystemScheduler())) {
            f.declare("db", policy(Duration.ofMillis(2), Duration.ofSeconds(5), 1, 1), "ping", ScriptedCheck.of("ok"));
            var pingAnswered = f.next("db", UP);
            f.monitor.start();
            await(pingAnswered); // so that without the failing check the component is UP, not UNKNOWN
            var down = f.next("db", DOWN);
            new StagedRegistrar("test").healthCheck("db", "replica", ScriptedCheck.of("fail")).applyTo(f.registry);
            await(down);
            var up = f.next("db", UP);

            f.registry.unregister("db", FunctionKind.HEALTH_CHECK, "replica");

            assertThat(up).as("published by the unregistering thread").isDone();
            assertThat(await(up).previous().status()).isEqualTo(DOWN);
            assertThat(f.monitor.health("db").status()).isEqualTo(UP);
        }
    }
}
