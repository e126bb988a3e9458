package io.hms.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.FunctionDescriptor;
import io.hms.api.FunctionKind;
import io.hms.api.Health;
import io.hms.api.HealthCheckFunction;
import io.hms.api.Subscription;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.VersionedPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PolicyVersioningTest {

    private final AtomicLong seconds = new AtomicLong();
    private final FunctionRegistry registry = new FunctionRegistry(() -> Instant.ofEpochSecond(seconds.get()));
    private final ComponentPolicy initial = ComponentPolicy.defaults();
    private final ComponentPolicy tuned =
            initial.withHealth(HealthPolicy.defaults().withInterval(Duration.ofSeconds(5)));

    @Test
    void aDeclaredComponentStartsAtVersionOneFromItsSpec() {
        registry.declare(ComponentSpec.of("db").withPolicy(tuned), "test");
        VersionedPolicy v1 = registry.policy("db");
        assertThat(v1).isEqualTo(new VersionedPolicy("db", 1, tuned, Instant.EPOCH, "initial"));
    }

    @Test
    void commitPolicyMakesTheNextVersionStampedAndKeepsTheHistory() {
        registry.declare(ComponentSpec.of("db"), "test");
        seconds.set(10);
        VersionedPolicy v2 = registry.commitPolicy("db", tuned, "patch:42");
        seconds.set(20);
        VersionedPolicy v3 = registry.commitPolicy("db", initial, "rollback:1");

        assertThat(v2).isEqualTo(new VersionedPolicy("db", 2, tuned, Instant.ofEpochSecond(10), "patch:42"));
        assertThat(v3.version()).isEqualTo(3);
        assertThat(registry.policy("db")).isEqualTo(v3);
        assertThat(registry.policyHistory("db")).extracting(VersionedPolicy::version).containsExactly(1L, 2L, 3L);
        assertThat(registry.policy("db", 2)).contains(v2);
        assertThat(registry.policy("db", 1)).get().extracting(VersionedPolicy::source).isEqualTo("initial");
        assertThat(registry.policy("db", 4)).isEmpty();
    }

    @Test
    void onlyTheLatestVersionsAreKeptTheOldestDropped() {
        FunctionRegistry bounded = new FunctionRegistry(() -> Instant.ofEpochSecond(seconds.get()), 3);
        bounded.declare(ComponentSpec.of("db"), "test");
        for (int i = 0; i < 4; i++) {
            bounded.commitPolicy("db", i % 2 == 0 ? tuned : initial, "patch:" + i);
        }

        assertThat(bounded.policyHistory("db")).extracting(VersionedPolicy::version).containsExactly(3L, 4L, 5L);
        assertThat(bounded.policy("db").version()).isEqualTo(5);
        assertThat(bounded.policy("db", 1)).isEmpty();
        assertThat(bounded.policy("db", 3)).get().extracting(VersionedPolicy::source).isEqualTo("patch:1");
    }

    @Test
    void byDefaultTheLatestHundredVersionsAreKept() {
        registry.declare(ComponentSpec.of("db"), "test");
        for (int i = 0; i < FunctionRegistry.DEFAULT_RETAINED_VERSIONS; i++) {
            registry.commitPolicy("db", i % 2 == 0 ? tuned : initial, "patch:" + i);
        }

        assertThat(registry.policyHistory("db")).hasSize(100).first().extracting(VersionedPolicy::version)
                .isEqualTo(2L);
    }

    @Test
    void keepingFewerThanTwoVersionsIsRefused() {
        assertThatThrownBy(() -> new FunctionRegistry(Instant::now, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retainedVersions must be at least 2").hasMessageContaining("got 1");
    }

    @Test
    void aNumberedCommitTakesItsVersionAndLeavesAGapForVersionsNoLongerKept() {
        registry.declare(ComponentSpec.of("db"), "test");

        VersionedPolicy v7 = registry.commitPolicy("db", tuned, "patch:6", 7);
        VersionedPolicy v8 = registry.commitPolicy("db", initial, "rollback:v1", 0);

        assertThat(v7.version()).isEqualTo(7);
        assertThat(v8.version()).as("0 is the next version").isEqualTo(8);
        assertThat(registry.policyHistory("db")).extracting(VersionedPolicy::version).containsExactly(1L, 7L, 8L);
        assertThat(registry.policy("db", 5)).isEmpty();
    }

    @Test
    void aNumberedCommitThatWouldGoBackInTheHistoryIsRefused() {
        registry.declare(ComponentSpec.of("db"), "test");
        registry.commitPolicy("db", tuned, "patch:1", 3);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.commitPolicy("db", initial, "patch:2", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'db' is at version 3").hasMessageContaining("numbered 3");
        assertThat(registry.policy("db").version()).isEqualTo(3);
    }

    @Test
    void historyIsACopy() {
        registry.declare(ComponentSpec.of("db"), "test");
        List<VersionedPolicy> before = registry.policyHistory("db");
        registry.commitPolicy("db", tuned, "patch:1");
        assertThat(before).hasSize(1);
    }

    @Test
    void versionsAreKeptPerComponent() {
        registry.declare(ComponentSpec.of("db"), "test");
        registry.declare(ComponentSpec.of("cache"), "test");
        registry.commitPolicy("db", tuned, "patch:1");
        assertThat(registry.policy("cache").version()).isEqualTo(1);
        assertThat(registry.policy("db").version()).isEqualTo(2);
    }

    @Test
    void listenersAreToldEveryChangeInOrder() {
        List<String> told = new ArrayList<>();
        registry.addListener(new RegistryListener() {
            @Override
            public void componentDeclared(ComponentSpec spec, VersionedPolicy first) {
                told.add("declared " + spec.name() + " v" + first.version());
            }

            @Override
            public void functionRegistered(RegisteredFunction function) {
                told.add("registered " + function.name() + " v" + function.descriptor().version());
            }

            @Override
            public void functionUnregistered(RegisteredFunction function) {
                told.add("unregistered " + function.name());
            }

            @Override
            public void policyChanged(VersionedPolicy previous, VersionedPolicy current) {
                told.add("policy " + previous.version() + "->" + current.version() + " " + current.source());
            }
        });

        new StagedRegistrar("test")
                .component(ComponentSpec.of("db"))
                .healthCheck("db", "ping", Health::up)
                .repair("db", "reset", 1, Duration.ofSeconds(1), ctx -> true)
                .applyTo(registry);
        registry.commitPolicy("db", tuned, "patch:7");
        registry.unregister("db", FunctionKind.HEALTH_CHECK, "ping");
        HealthCheckFunction up = Health::up;
        registry.register(new RegisteredFunction(FunctionDescriptor.healthCheck("db", "ping"), up, "test"));

        assertThat(told).containsExactly(
                "declared db v1",
                "registered ping v1",
                "registered reset v1",
                "policy 1->2 patch:7",
                "unregistered ping",
                "registered ping v2");
    }

    @Test
    void aThrowingListenerDoesNotUndoTheChangeNorSilenceTheOthers() {
        List<Long> seen = new ArrayList<>();
        registry.addListener(new RegistryListener() {
            @Override
            public void policyChanged(VersionedPolicy previous, VersionedPolicy current) {
                throw new IllegalStateException("listener bug");
            }
        });
        registry.addListener(new RegistryListener() {
            @Override
            public void policyChanged(VersionedPolicy previous, VersionedPolicy current) {
                seen.add(current.version());
            }
        });
        registry.declare(ComponentSpec.of("db"), "test");
        registry.commitPolicy("db", tuned, "patch:1");
        assertThat(registry.policy("db").version()).isEqualTo(2);
        assertThat(seen).containsExactly(2L);
    }

    @Test
    void closingTheSubscriptionStopsTheNotifications() {
        List<String> told = new ArrayList<>();
        Subscription subscription = registry.addListener(new RegistryListener() {
            @Override
            public void componentDeclared(ComponentSpec spec, VersionedPolicy first) {
                told.add(spec.name());
            }
        });
        registry.declare(ComponentSpec.of("a"), "test");
        subscription.close();
        registry.declare(ComponentSpec.of("b"), "test");
        assertThat(told).containsExactly("a");
    }
}
