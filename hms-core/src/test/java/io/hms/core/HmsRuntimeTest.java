package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.event.BreakerState;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.LeadershipChanged;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import io.hms.api.spi.Registrar;
import io.hms.core.registry.RegistrationException;
import io.hms.core.time.ManualScheduler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HmsRuntimeTest {

    private static ComponentPolicy quick() {
        return new ComponentPolicy(
                new HealthPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 1, 1),
                new GuardPolicy(TimeoutPolicy.none(), io.hms.api.policy.ConcurrencyLimitPolicy.defaults(),
                        BreakerPolicy.defaults().withWindow(WindowType.COUNT, 4).withMinimumCalls(4),
                        RetryPolicy.none()),
                io.hms.api.policy.Playbook.byLevel().withReopenWithin(Duration.ZERO));
    }

    @Test
    void healsABrokenComponentEndToEnd() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(false);
        try (Hms hms = Hms.builder()
                .component(ComponentSpec.of("db").withPolicy(quick()))
                .healthCheck("db", "ping", () -> broken.get() ? Health.down("refused") : Health.up())
                .repair("db", "reconnect", 1, Duration.ofSeconds(2), ctx -> {
                    broken.set(false);
                    return true;
                })
                .build().start()) {
            var down = hms.events().next(HealthChanged.class, e -> e.current().status() == HealthStatus.DOWN);
            var closed = hms.events().next(IncidentClosed.class, e -> true);

            broken.set(true);

            assertThat(down.get(10, TimeUnit.SECONDS).current().reason()).isEqualTo("refused");
            IncidentClosed incident = closed.get(10, TimeUnit.SECONDS);
            assertThat(incident.resolvedBy()).isEqualTo("reconnect");
            assertThat(incident.mttr()).isPositive();
            assertThat(hms.incidents()).hasSize(1);
        }
    }

    @Test
    void aFaultReturningRightAfterAVerifiedRepairOpensANewIncident() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(false);
        try (Hms hms = Hms.builder()
                .component(ComponentSpec.of("db").withPolicy(quick()))
                .healthCheck("db", "ping", () -> broken.get() ? Health.down("refused") : Health.up())
                .repair("db", "reconnect", 1, Duration.ofSeconds(2), ctx -> {
                    broken.set(false);
                    return true;
                })
                .build().start()) {
            var first = hms.events().next(IncidentClosed.class, e -> true);
            broken.set(true);
            first.get(10, TimeUnit.SECONDS);
            var second = hms.events().next(IncidentClosed.class, e -> true);

            broken.set(true);

            assertThat(first.get().resolvedBy()).as("closed by a verified repair").isEqualTo("reconnect");
            assertThat(second.get(10, TimeUnit.SECONDS).incidentId()).isNotEqualTo(first.get().incidentId());
        }
    }

    @Test
    void leavesNoHmsThreadRunningAfterClose() throws Exception {
        Hms hms = Hms.builder()
                .component(ComponentSpec.of("db").withPolicy(quick()))
                .healthCheck("db", "ping", Health::up)
                .build().start();
        hms.guard("db").call(() -> 42);
        hms.events().next(LeadershipChanged.class, e -> true);
        List<Thread> running = hms.threads();
        assertThat(running).isNotEmpty().allMatch(t -> t.getName().startsWith("hms-"));

        hms.close();

        for (Thread t : running) {
            t.join(5_000);
        }
        assertThat(hms.threads()).isEmpty();
    }

    @Test
    void theRuntimesThreadBookkeepingHoldsOnlyLiveThreadsHoweverManyComeAndGo() throws Exception {
        try (Hms hms = Hms.builder().component(ComponentSpec.of("db").withPolicy(quick()))
                .healthCheck("db", "ping", Health::up).build().start()) {
            for (int i = 0; i < 200; i++) {  // each subscription starts a thread; each close ends it
                var subscription = hms.events().subscribe(LeadershipChanged.class, e -> { });
                subscription.close();
            }
            for (Thread t : hms.threads()) {
                if (t.getName().startsWith("hms-events-LeadershipChanged")) {
                    t.join(5_000);
                }
            }
            assertThat(hms.threads()).noneMatch(t -> t.getName().startsWith("hms-events-LeadershipChanged"));
        }
    }

    @Test
    void aBadRegistrationFailsTheBuildNamingThePlaceAndStartsNothing() throws InterruptedException {
        Set<Thread> before = hmsPlatformThreads();

        assertThatThrownBy(() -> Hms.builder()
                .component("db")
                .healthCheck("dbb", "ping", Health::up)
                .build())
                .isInstanceOf(RegistrationException.class)
                .hasMessageContaining("Hms.builder(): unknown component 'dbb'")
                .hasMessageContaining("declared one: db");
        for (Thread t : hmsPlatformThreads()) {
            if (!before.contains(t)) {
                t.join(5_000); // a stopped scheduler's thread may still be on its way out
            }
        }
        assertThat(hmsPlatformThreads()).allMatch(t -> before.contains(t) || !t.isAlive());
    }

    /** The JVM's platform threads named hms-… (a runtime that failed to build hands out no thread list). */
    private static Set<Thread> hmsPlatformThreads() {
        Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(t -> !t.getName().startsWith("hms-"));
        return threads;
    }

    @Test
    void aBadRuntimeRegistrationKeepsWhatWasRegistered() {
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).component("db")
                .healthCheck("db", "ping", Health::up).build().start()) {
            assertThatThrownBy(() -> hms.register(r -> r.component(ComponentSpec.of("cache"))
                    .healthCheck("cache", "ping", Health::up)
                    .healthCheck("db", "ping", Health::up)))
                    .isInstanceOf(RegistrationException.class)
                    .hasMessageContaining("named 'ping' is already registered for 'db'");

            assertThat(hms.registry().componentNames()).containsExactly("db");
            assertThat(hms.registry().functions()).hasSize(1);
        }
    }

    @Test
    void aPromotedPolicyIsSwappedIntoTheGuardKeepingTheBreakerOpen() throws Exception {
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler())
                .component(ComponentSpec.of("db").withPolicy(quick()))
                .build().start()) {
            for (int i = 0; i < 4; i++) {
                try {
                    hms.guard("db").call(() -> {
                        throw new IllegalStateException("down");
                    });
                } catch (IllegalStateException expected) {
                    // recorded by the breaker
                }
            }
            assertThat(hms.guard("db").breakerState()).isEqualTo(BreakerState.OPEN);
            ComponentPolicy current = hms.registry().policy("db").policy();
            ComponentPolicy tuned = current.withGuard(current.guard().withRetry(RetryPolicy.defaults()));

            hms.configurator().apply(PolicyPatch.of("db", 1, tuned, "test", "more retries")).get(5, TimeUnit.SECONDS);

            assertThat(hms.guard("db").policy()).isEqualTo(tuned.guard());
            assertThat(hms.guard("db").breakerState()).isEqualTo(BreakerState.OPEN);
        }
    }

    @Test
    void theBuilderRefusesAPolicyHistoryTooShortToRollBack() {
        assertThatThrownBy(() -> Hms.builder().policyHistory(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("policyHistory must be at least 2").hasMessageContaining("got 1");
    }

    @Test
    void aHostKeepsTheConfiguredNumberOfPolicyVersions() throws Exception {
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).discoverPlugins(false)
                .discoverOptimizer(false).policyHistory(2).component("db").build().start()) {
            ComponentPolicy current = hms.registry().policy("db").policy();
            for (int attempts = 3; attempts <= 5; attempts++) {
                ComponentPolicy next = current.withGuard(current.guard().withRetry(
                        RetryPolicy.defaults().withMaxAttempts(attempts)));
                hms.configurator().apply(PolicyPatch.of("db", hms.registry().policy("db").version(), next, "test",
                        "retries " + attempts)).get(5, TimeUnit.SECONDS);
            }

            assertThat(hms.registry().policyHistory("db")).extracting(v -> v.version()).containsExactly(3L, 4L);
            assertThatThrownBy(() -> hms.configurator().rollbackTo("db", 1).get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3, 4]");
        }
    }

    @Test
    void publishesGuardCallsAsMeters() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).meterRegistry(meters)
                .component(ComponentSpec.of("db").withPolicy(quick()))
                .fallback("db", cause -> -1)
                .build().start()) {
            for (int i = 0; i < 3; i++) {
                hms.guard("db").call(() -> 1);
            }
            int answered = hms.guard("db").call(() -> {
                throw new IllegalStateException("boom");
            });

            assertThat(answered).isEqualTo(-1);
            assertThat(meters.get("hms.guard.calls").tag("component", "db").tag("outcome", "success")
                    .functionCounter().count()).isEqualTo(3);
            assertThat(meters.get("hms.guard.calls").tag("component", "db").tag("outcome", "fallback")
                    .functionCounter().count()).isEqualTo(1);
            assertThat(meters.get("hms.health").tag("component", "db").gauge().value())
                    .as("db has no health check: UNKNOWN").isNaN();
        }
    }

    @Test
    void aCanaryOnTheRealGuardPromotesABetterPolicy() throws Exception {
        ManualScheduler time = new ManualScheduler();
        try (Hms hms = canaryRuntime(time, RetryPolicy.none())) {
            ComponentPolicy retrying = withRetry(hms, new RetryPolicy(3, Duration.ZERO, 1.0, Duration.ZERO, 0));

            var result = hms.configurator().propose(PolicyPatch.of("flaky", 1, retrying, "test", "retry"));
            callAlternatelyFailing(hms, 400);
            time.advance(Duration.ofSeconds(10));

            assertThat(result.get(5, TimeUnit.SECONDS).promoted()).isTrue();
            assertThat(hms.guard("flaky").policy()).isEqualTo(retrying.guard());
            assertThat(hms.guard("flaky").canaryStats()).isEmpty();
        }
    }

    @Test
    void aCanaryOnTheRealGuardRollsBackAWorsePolicy() throws Exception {
        ManualScheduler time = new ManualScheduler();
        try (Hms hms = canaryRuntime(time, new RetryPolicy(3, Duration.ZERO, 1.0, Duration.ZERO, 0))) {
            GuardPolicy before = hms.guard("flaky").policy();
            ComponentPolicy noRetry = withRetry(hms, RetryPolicy.none());

            var result = hms.configurator().propose(PolicyPatch.of("flaky", 1, noRetry, "test", "no retry"));
            callAlternatelyFailing(hms, 400);
            time.advance(Duration.ofSeconds(10));

            var done = result.get(5, TimeUnit.SECONDS);
            assertThat(done.promoted()).isFalse();
            assertThat(done.detail()).contains("canary error rate");
            assertThat(hms.guard("flaky").policy()).isEqualTo(before);
            assertThat(hms.registry().policy("flaky").version()).isEqualTo(1);
        }
    }

    private static Hms canaryRuntime(ManualScheduler time, RetryPolicy retry) {
        ComponentPolicy policy = quick();
        policy = policy.withGuard(policy.guard().withRetry(retry)
                .withBreaker(BreakerPolicy.defaults().withFailureRateThreshold(100f)));
        return Hms.builder().scheduler(time)
                .component(ComponentSpec.of("flaky").withPolicy(policy))
                .configurator(io.hms.core.configurator.ConfiguratorOptions.defaults()
                        .withCanary(0.5, Duration.ofSeconds(10)).withMinCanaryCalls(20))
                .build().start();
    }

    private static ComponentPolicy withRetry(Hms hms, RetryPolicy retry) {
        ComponentPolicy current = hms.registry().policy("flaky").policy();
        return current.withGuard(current.guard().withRetry(retry));
    }

    /** Every other attempt fails: one retry always recovers, no retry fails about half the calls. */
    private static void callAlternatelyFailing(Hms hms, int calls) {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < calls; i++) {
            try {
                hms.guard("flaky").call(() -> {
                    if (attempts.incrementAndGet() % 2 == 0) {
                        throw new IllegalStateException("flaky");
                    }
                    return 1;
                });
            } catch (IllegalStateException expected) {
                // counted by the guard
            }
        }
    }

    @Test
    void aPluginThatThrowsIsReportedAndSkippedWhileTheOthersLoad() {
        io.hms.api.spi.HmsPlugin broken = new io.hms.api.spi.HmsPlugin() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void contribute(Registrar registrar) {
                registrar.component(ComponentSpec.of("half-registered"));
                throw new IllegalStateException("plugin bug");
            }
        };
        io.hms.api.spi.HmsPlugin cache = registrar -> registrar.component(ComponentSpec.of("cache"))
                .healthCheck("cache", "ping", Health::up);

        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).discoverPlugins(false)
                .plugin(broken).plugin(cache).build().start()) {
            assertThat(hms.plugins().failures()).singleElement()
                    .satisfies(f -> assertThat(f.plugin()).isEqualTo("broken"))
                    .satisfies(f -> assertThat(f.error()).contains("plugin bug"));
            assertThat(hms.plugins().loaded()).hasSize(1);
            assertThat(hms.registry().componentNames()).containsExactly("cache");
            assertThat(hms.guard("cache").call(() -> "ok")).isEqualTo("ok");
        }
    }

    @Test
    void refusesToStartTwice() {
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).component("db").build().start()) {
            assertThatThrownBy(hms::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already started");
        }
    }
}
