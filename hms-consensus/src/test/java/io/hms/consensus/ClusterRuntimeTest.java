package io.hms.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.core.Hms;
import io.hms.core.configurator.PatchResult;
import io.hms.core.swarm.Sighting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterRuntimeTest {

    @TempDir
    Path dir;
    TestCluster cluster;
    final List<Hms> runtimes = new ArrayList<>();

    @AfterEach
    void stop() {
        runtimes.forEach(Hms::close);
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aPatchAppliedThroughOneRuntimeBecomesThePolicyVersionOnAllThree() throws Exception {
        cluster = new TestCluster(dir, 3);
        RaftCoordinator follower = cluster.follower();
        for (String address : cluster.addresses) {
            runtimes.add(Hms.builder().coordinator(cluster.nodes.get(address)).discoverPlugins(false)
                    .component("inventory").build().start());
        }
        Hms throughFollower = runtimes.get(cluster.addresses.indexOf(follower.nodeId()));
        long base = throughFollower.registry().policy("inventory").version();
        ComponentPolicy tuned = ComponentPolicy.defaults().withGuard(ComponentPolicy.defaults().guard()
                .withBreaker(BreakerPolicy.defaults().withOpenDuration(Duration.ofSeconds(3))));

        PatchResult result = throughFollower.configurator()
                .apply(PolicyPatch.of("inventory", base, tuned, "operator:test", "shorter open duration"))
                .get(20, TimeUnit.SECONDS);

        assertThat(result.promoted()).isTrue();
        assertThat(throughFollower.registry().policy("inventory").version()).isEqualTo(base + 1);
        for (Hms runtime : runtimes) {
            Eventually.until("the patch reached " + runtime.coordinator().nodeId(),
                    () -> runtime.registry().policy("inventory").version() == base + 1);
            assertThat(runtime.registry().policy("inventory").policy()).isEqualTo(tuned);
            assertThat(runtime.registry().policy("inventory").source()).startsWith("patch:");
        }
    }

    @Test
    void everyInstanceCanSayWhatHappensToAComponentAcrossTheCluster() {
        cluster = new TestCluster(dir, 3);
        String sick = cluster.addresses.get(1);
        for (String address : cluster.addresses) {
            boolean down = address.equals(sick);
            runtimes.add(Hms.builder().coordinator(cluster.nodes.get(address)).discoverPlugins(false)
                    .component(ComponentSpec.of("inventory").withPolicy(ComponentPolicy.defaults()
                            .withHealth(HealthPolicy.defaults().withInterval(Duration.ofMillis(100)))))
                    .healthCheck("inventory", "ping", () -> down ? Health.down("pool exhausted") : Health.up())
                    .build().start());
        }

        for (Hms runtime : runtimes) {
            Eventually.until(runtime.coordinator().nodeId() + " sees every instance's view of inventory", () -> {
                List<Sighting> seen = runtime.swarm().component("inventory");
                return seen.size() == 3 && seen.stream().allMatch(s -> s.state().health()
                        == (s.nodeId().equals(sick) ? HealthStatus.DOWN : HealthStatus.UP));
            });
            List<Sighting> seen = runtime.swarm().component("inventory");
            assertThat(seen.getFirst().nodeId()).as("its own first").isEqualTo(runtime.coordinator().nodeId());
            assertThat(seen).extracting(Sighting::nodeId).containsExactlyInAnyOrderElementsOf(cluster.addresses);
            assertThat(seen).filteredOn(s -> s.nodeId().equals(sick)).singleElement()
                    .satisfies(s -> assertThat(s.state().openIncident()).startsWith("inc-"));
        }
    }
}
