package io.hms.core.monitor;

import static io.hms.api.HealthStatus.DOWN;
import static io.hms.api.HealthStatus.UNKNOWN;
import static io.hms.api.HealthStatus.UP;
import static io.hms.core.monitor.MonitorFixture.await;
import static io.hms.core.monitor.MonitorFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.Health;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the monitor answers: every declared component, UP until proven otherwise, stamped with its clock. */
class MonitorQueriesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anUnknownComponentIsRefusedNamingTheDeclaredOnes() throws Exception {
        try (MonitorFixture f = new MonitorFixture(new ManualScheduler())) {
            f.declare("db", policy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1), "ping", ScriptedCheck.of("ok"));
            f.monitor.start();

            assertThatThrownBy(() -> f.monitor.health("nope"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'nope'")
                    .hasMessageContaining("db");
        }
    }

    @Test
    void everyDeclaredComponentIsUnknownUntilACheckHasRun() throws Exception {
        try (MonitorFixture f = new MonitorFixture(new ManualScheduler())) {
            f.declare("db", policy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1), "ping", ScriptedCheck.of("fail"));
            f.declare("cache", policy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1), "ping", ScriptedCheck.of("ok"));

            assertThat(f.monitor.healthAll()).containsOnlyKeys("db", "cache")
                    .allSatisfy((name, health) -> assertThat(health.status()).isEqualTo(UNKNOWN))
                    .allSatisfy((name, health) -> assertThat(health.reason()).contains("not started"));
            f.monitor.start();
            assertThat(f.monitor.healthAll().keySet()).containsExactly("db", "cache");
            assertThat(f.monitor.healthAll().values()).extracting(Health::status, Health::reason)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple(UNKNOWN, "no check has run yet"));
        }
    }

    @Test
    void healthIsStampedWithTheSchedulersClock() throws Exception {
        ManualScheduler time = new ManualScheduler();
        try (MonitorFixture f = new MonitorFixture(time)) {
            f.declare("db", policy(Duration.ofSeconds(3), Duration.ofSeconds(1), 1, 1), "ping", ScriptedCheck.of("fail"));
            var down = f.next("db", DOWN);
            f.monitor.start();

            time.advance(Duration.ofSeconds(3));
            await(down);

            assertThat(f.monitor.health("db").time()).isEqualTo(T0.plusSeconds(3));
            assertThat(f.monitor.healthAll().get("db").status()).isEqualTo(DOWN);
        }
    }

    @Test
    void closeCancelsEveryTimer() throws Exception {
        ManualScheduler time = new ManualScheduler();
        try (MonitorFixture f = new MonitorFixture(time)) {
            f.declare("db", policy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1), "ping", ScriptedCheck.of("ok"));
            f.declare("cache", policy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1), "ping", ScriptedCheck.of("ok"));
            f.monitor.start();
            assertThat(time.pendingTasks()).isEqualTo(2);

            f.monitor.close();

            assertThat(time.pendingTasks()).isZero();
        }
    }
}
