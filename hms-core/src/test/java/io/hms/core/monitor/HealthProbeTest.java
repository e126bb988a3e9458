package io.hms.core.monitor;

import static io.hms.api.HealthStatus.DEGRADED;
import static io.hms.api.HealthStatus.DOWN;
import static io.hms.api.HealthStatus.UP;
import static io.hms.core.monitor.MonitorFixture.await;
import static io.hms.core.monitor.MonitorFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionDescriptor;
import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.HealthCheckFunction;
import io.hms.core.event.EventBus;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.RegisteredFunction;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.time.ManualScheduler;
import io.hms.core.time.TimeLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One probe runs every check of a component once and answers with the worst, never failing. */
class HealthProbeTest {

    private final ManualScheduler time = new ManualScheduler();
    private final FunctionRegistry registry = new FunctionRegistry(time::now);
    private final TimeLimiter limiter = new TimeLimiter(time, "probe");
    private final HealthProbe probe = new HealthProbe(registry, limiter, time);

    @AfterEach
    void tearDown() {
        limiter.close();
    }

    private void declare(String component, Duration timeout) {
        new StagedRegistrar("test").component(ComponentSpec.of(component).withPolicy(
                io.hms.api.policy.ComponentPolicy.defaults().withHealth(policy(Duration.ofSeconds(1), timeout, 1, 1))))
                .applyTo(registry);
    }

    private void check(String component, String name, HealthCheckFunction check) {
        new StagedRegistrar("test").healthCheck(component, name, check).applyTo(registry);
    }

    @Test
    void theWorstCheckDecidesWithItsReason() throws Exception {
        declare("db", Duration.ofSeconds(1));
        check("db", "a", Health::up);
        check("db", "b", () -> Health.degraded("slow"));
        check("db", "c", () -> Health.down("refused"));
        check("db", "d", () -> Health.down("no disk"));

        Health health = await(probe.probe("db"));

        assertThat(health.status()).isEqualTo(DOWN);
        assertThat(health.reason()).isEqualTo("refused; no disk");
    }

    @Test
    void aProbeWaitsForARunInFlightAndThenLooksAfreshSoAVerificationNeverReadsAnOldRun() throws Exception {
        declare("db", Duration.ofSeconds(1));
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        check("db", "ping", () -> {
            if (runs.incrementAndGet() == 1) {
                release.await();                      // the run in flight before the repair: it saw the fault
                return Health.down("before the repair");
            }
            return Health.up();
        });
        var key = registry.functions("db", io.hms.api.FunctionKind.HEALTH_CHECK).getFirst();
        CompletableFuture<Health> inFlight = probe.check(key, Duration.ofSeconds(1));

        CompletableFuture<Health> verification = probe.probe("db");
        assertThat(verification).isNotDone();
        release.countDown();

        assertThat(await(inFlight).reason()).isEqualTo("before the repair");
        assertThat(await(verification).status()).isEqualTo(io.hms.api.HealthStatus.UP);
        assertThat(runs).as("one run at a time, the second after the first").hasValue(2);
    }

    @Test
    void degradedBeatsUp() throws Exception {
        declare("db", Duration.ofSeconds(1));
        check("db", "a", Health::up);
        check("db", "b", () -> Health.degraded("slow"));

        assertThat(await(probe.probe("db"))).extracting(Health::status, Health::reason).containsExactly(DEGRADED, "slow");
    }

    @Test
    void aThrowingCheckIsDownWithTheExceptionAsReason() throws Exception {
        declare("db", Duration.ofSeconds(1));
        check("db", "ping", () -> {
            throw new java.io.IOException("connection refused");
        });

        Health health = await(probe.probe("db"));

        assertThat(health.status()).isEqualTo(DOWN);
        assertThat(health.reason()).isEqualTo("IOException: connection refused");
    }

    @Test
    void aHungCheckIsDownWhenThePolicyTimeoutPasses() throws Exception {
        declare("db", Duration.ofMillis(200));
        AtomicReference<Thread> ran = new AtomicReference<>();
        CountDownLatch entered = new CountDownLatch(1);
        check("db", "ping", () -> {
            ran.set(Thread.currentThread());
            entered.countDown();
            Thread.sleep(Duration.ofDays(1)); // the host code hangs; it is interrupted at the timeout
            return Health.up();
        });

        CompletableFuture<Health> result = probe.probe("db");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(result).isNotDone();
        time.advance(Duration.ofMillis(200));

        assertThat(await(result)).extracting(Health::status, Health::reason).containsExactly(DOWN, "timed out after 200ms");
        assertThat(await(result).time()).isEqualTo(Instant.parse("2026-01-01T00:00:00.200Z"));
        assertThat(ran.get().isVirtual()).as("host code runs on platform threads").isFalse();
        assertThat(ran.get().getName()).startsWith("hms-probe-");
    }

    @Test
    void aChecksOwnTimeoutWinsOverThePolicy() throws Exception {
        declare("db", Duration.ofMinutes(1));
        HealthCheckFunction hang = () -> {
            Thread.sleep(Duration.ofDays(1));
            return Health.up();
        };
        new StagedRegistrar("test").function(new RegisteredFunction(new FunctionDescriptor("db", "ping",
                FunctionKind.HEALTH_CHECK, 0, Duration.ofMillis(50), Duration.ZERO, 1), hang, "test")).applyTo(registry);

        CompletableFuture<Health> result = probe.probe("db");
        time.advance(Duration.ofMillis(50));

        assertThat(await(result).reason()).isEqualTo("timed out after 50ms");
    }

    @Test
    void aComponentWithoutChecksIsUp() throws Exception {
        declare("db", Duration.ofSeconds(1));

        assertThat(await(probe.probe("db")).status()).isEqualTo(UP);
    }

    @Test
    void anUnknownComponentIsRefused() {
        assertThatThrownBy(() -> probe.probe("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void aCheckReturningNullIsDown() throws Exception {
        declare("db", Duration.ofSeconds(1));
        check("db", "ping", () -> null);

        assertThat(await(probe.probe("db")).status()).isEqualTo(DOWN);
        assertThat(new EventBus().history()).isEmpty(); // the probe publishes nothing
    }

    @Test
    void aCheckAnsweringUnknownCountsAsFailed() throws Exception {
        declare("db", Duration.ofSeconds(1));
        check("db", "ping", () -> Health.unknown("cannot tell"));

        Health result = await(probe.probe("db"));

        assertThat(result.status()).isEqualTo(DOWN);
        assertThat(result.reason()).contains("'ping' returned UNKNOWN").contains("Health.down(reason)");
    }
}
