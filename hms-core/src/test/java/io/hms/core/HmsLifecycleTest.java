package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.event.HealthChanged;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.guard.GuardClosedException;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What a runtime does before start(), while it runs, and during and after close(). */
class HmsLifecycleTest {

    private static final long WAIT_SECONDS = 30;
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final ManualScheduler time = new ManualScheduler();

    private static ComponentPolicy policy() {
        ComponentPolicy defaults = ComponentPolicy.defaults();
        return defaults.withHealth(new HealthPolicy(INTERVAL, Duration.ofSeconds(5), 2, 1))
                .withGuard(defaults.guard().withTimeout(TimeoutPolicy.of(Duration.ofMillis(500)))
                        .withRetry(RetryPolicy.none()));
    }

    private Hms runtime() {
        return Hms.builder().scheduler(time).discoverPlugins(false).discoverOptimizer(false)
                .component(ComponentSpec.of("db").withPolicy(policy()))
                .healthCheck("db", "ping", Health::up)
                .fallback("db", cause -> "fallback")
                .build();
    }

    /** How a call made on its own thread ended. */
    private record Outcome(Object value, Throwable error, boolean leftInterrupted) {
    }

    @Test
    void aCallInFlightAtCloseIsReleasedAtOnceWithAClearOutcome() throws Exception {
        Hms hms = runtime().start();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                Object value = hms.guard("db").callChecked(() -> {
                    entered.countDown();
                    never.await();
                    return "answered";
                });
                outcome.complete(new Outcome(value, null, Thread.currentThread().isInterrupted()));
            } catch (Throwable e) {
                outcome.complete(new Outcome(null, e, Thread.currentThread().isInterrupted()));
            }
        }, "test-caller");
        caller.setDaemon(true);
        caller.start();
        assertThat(entered.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        hms.close(); // the clock stands still: only the close can end the call

        Outcome ended = outcome.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(ended.error()).isInstanceOf(GuardClosedException.class)
                .hasMessageContaining("'db'").hasMessageContaining("in flight")
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(ended.leftInterrupted()).as("the close's interrupt is cleared").isFalse();
    }

    @Test
    void aCallAfterCloseIsRefusedWithoutRunningTheCodeOrTheFallback() {
        Hms hms = runtime().start();
        hms.close();
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> hms.guard("db").call(() -> ran.getAndSet(true)))
                .isInstanceOf(GuardClosedException.class)
                .hasMessageContaining("'db'").hasMessageContaining("closed")
                .hasMessageContaining("Hms.builder()");
        assertThat(ran).isFalse();
        assertThat(hms.guard("db").stats().snapshot().calls()).isZero();
    }

    @Test
    void aCallBeforeStartIsGuardedWithItsTimeout() {
        try (Hms hms = runtime()) {
            Object value = hms.guard("db").call(() -> {
                time.advance(Duration.ofSeconds(1));
                return "late";
            });

            assertThat(value).as("timed out, answered by the fallback").isEqualTo("fallback");
            assertThat(hms.guard("db").stats().snapshot().timeouts()).isEqualTo(1);
        }
    }

    @Test
    void aClusterBreakerOfAComponentItDoesNotHaveIsRefusedNamingTheFix() {
        assertThatThrownBy(() -> Hms.builder().scheduler(time).discoverPlugins(false)
                .component(ComponentSpec.of("db")).clusterBreaker("inventory").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[inventory]").hasMessageContaining("register them")
                .hasMessageContaining("the components are [db]");
    }

    @Test
    void registeringAfterCloseIsRefusedClearly() {
        Hms hms = runtime();
        hms.register(r -> r.component(ComponentSpec.of("cache")));  // before start: accepted
        hms.start();
        hms.close();

        assertThatThrownBy(() -> hms.register(r -> r.component(ComponentSpec.of("queue"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed").hasMessageContaining("Hms.builder()");
        assertThat(hms.registry().componentNames()).containsExactly("db", "cache");
    }

    @Test
    void healthIsUnknownUntilACheckHasRunAndAfterClose() throws Exception {
        Hms hms = Hms.builder().scheduler(time).discoverPlugins(false).discoverOptimizer(false)
                .component(ComponentSpec.of("db").withPolicy(policy()))
                .component(ComponentSpec.of("cache").withPolicy(policy()))
                .healthCheck("db", "ping", Health::up)
                .build();
        assertThat(hms.health("db").status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(hms.health("db").reason()).contains("not started");

        hms.start();
        assertThat(hms.health("db").status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(hms.health("db").reason()).contains("no check has run yet");
        assertThat(hms.health("cache").status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(hms.health("cache").reason()).contains("no health check is registered");

        var up = hms.events().next(HealthChanged.class, e -> e.component().equals("db"));
        time.advance(INTERVAL);
        HealthChanged first = up.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(first.previous().status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(first.current().status()).isEqualTo(HealthStatus.UP);
        assertThat(hms.health("db").status()).isEqualTo(HealthStatus.UP);

        hms.close();
        assertThat(hms.health("db").status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(hms.health("db").reason()).contains("closed");
    }

    @Test
    void theConfiguratorRefusesBeforeStartAndAfterCloseThroughItsFuture() {
        Hms hms = runtime();
        ComponentPolicy tuned = policy().withGuard(policy().guard().withRetry(RetryPolicy.defaults()));
        PolicyPatch patch = PolicyPatch.of("db", 1, tuned, "test", "more retries");

        assertThat(hms.configurator().apply(patch)).failsWithin(Duration.ZERO)
                .withThrowableThat().havingCause().isInstanceOf(IllegalStateException.class)
                .withMessageContaining("not started");
        hms.start();
        hms.close();
        assertThat(hms.configurator().apply(patch)).failsWithin(Duration.ZERO)
                .withThrowableThat().havingCause().isInstanceOf(IllegalStateException.class)
                .withMessageContaining("closed");
        assertThat(hms.registry().policy("db").version()).isEqualTo(1);
    }
}
