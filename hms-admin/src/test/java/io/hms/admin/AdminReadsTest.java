package io.hms.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.event.FrontFound;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.admin.AdminOptions;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.time.ManualScheduler;
import io.hms.test.HmsAssertions;
import io.hms.test.HmsSetup;
import io.hms.test.HmsTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read endpoints on a runtime with a history: an incident healed on a manual clock, one still open, a
 * patch waiting for its canary.
 */
@HmsTest
class AdminReadsTest {

    private static final String TOKEN = "reads-token-0123456789abcdef";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean dbBroken = new AtomicBoolean();
    private Hms hms;
    private ManualScheduler clock;

    @HmsSetup
    void runtime(HmsBuilder builder) {
        builder.chaos(ChaosOptions.disabled())
                .component(ComponentSpec.of("db").withPolicy(policy()))
                .healthCheck("db", "ping", () -> dbBroken.get() ? Health.down("refused") : Health.up())
                .repair("db", "reconnect", 1, Duration.ofSeconds(1), context -> true)
                .repair("db", "restart", 2, Duration.ofSeconds(1), context -> {
                    dbBroken.set(false);
                    return true;
                })
                .component(ComponentSpec.of("cache").withPolicy(policy()))
                .healthCheck("cache", "ping", () -> Health.down("always"))
                .admin(AdminOptions.builder().token(TOKEN).build());
    }

    @BeforeEach
    void healTheDbOnce(Hms runtime, ManualScheduler manual) {
        hms = runtime;
        clock = manual.settleTimeout(Duration.ofSeconds(10));
        clock.advance(Duration.ofMillis(100));
        dbBroken.set(true);
        clock.advance(Duration.ofMillis(100)); // two failed checks: DOWN
        HmsAssertions.assertThat(hms).recoversWithin("db", Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        http.close();
    }

    private static ComponentPolicy policy() {
        return new ComponentPolicy(new HealthPolicy(Duration.ofMillis(50), Duration.ofMillis(200), 2, 1),
                new GuardPolicy(TimeoutPolicy.none(), ConcurrencyLimitPolicy.defaults(), BreakerPolicy.defaults(),
                        RetryPolicy.none()),
                Playbook.byLevel());
    }

    private JsonNode get(String path) throws Exception {
        URI uri = hms.admin().orElseThrow().uri().resolve(path);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void incidentsOpenFirstThenRecentWithTheirStepsAndMttr() throws Exception {
        JsonNode incidents = get("api/incidents");

        assertThat(incidents.get(0).get("component").asText()).isEqualTo("cache");
        assertThat(incidents.get(0).get("state").asText()).isNotEqualTo("CLOSED");
        JsonNode healed = incidents.findParents("component").stream()
                .filter(i -> i.get("component").asText().equals("db")).findFirst().orElseThrow();
        assertThat(healed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(healed.get("steps")).extracting(s -> s.get("function").asText()).contains("reconnect", "restart");
        assertThat(Duration.parse(healed.get("mttr").asText())).isEqualTo(Duration.between(
                java.time.Instant.parse(healed.get("openedAt").asText()),
                java.time.Instant.parse(healed.get("closedAt").asText())));
        assertThat(incidents.get(0).get("mttr").isNull()).as("still open").isTrue();
    }

    @Test
    void agentsTellTheirLastAction() throws Exception {
        JsonNode agents = get("api/agents");

        JsonNode healer = agents.findParents("name").stream().filter(a -> a.get("name").asText().equals("healer"))
                .findFirst().orElseThrow();
        assertThat(healer.at("/lastAction/type").asText()).startsWith("Incident");
        assertThat(healer.get("restarts").asLong()).isZero();
    }

    @Test
    void aPatchWaitingForItsCanaryShowsItsDiffAgainstThePolicyInForce() throws Exception {
        ComponentPolicy current = hms.registry().policy("db").policy();
        ComponentPolicy candidate = current.withGuard(current.guard().withTimeout(TimeoutPolicy.of(Duration.ofMillis(750))));
        hms.configurator().propose(PolicyPatch.of("db", hms.registry().policy("db").version(), candidate, "test",
                "a shorter timeout"));

        JsonNode patches = get("api/patches");

        JsonNode patch = patches.get(0);
        assertThat(patch.get("component").asText()).isEqualTo("db");
        assertThat(patch.get("state").asText()).isIn("pending", "canary");
        assertThat(patch.get("diff").toString()).contains("timeout");
        assertThat(patch.get("reason").asText()).isEqualTo("a shorter timeout");
    }

    @Test
    void registryMetersChaosClusterAndOptimizerAnswer() throws Exception {
        assertThat(get("api/registry").findValuesAsText("name")).contains("ping", "reconnect", "restart");
        JsonNode meters = get("api/meters?prefix=hms.guard");
        assertThat(meters).isNotEmpty().allSatisfy(m -> assertThat(m.get("name").asText()).startsWith("hms.guard"));
        assertThat(get("api/chaos").get("enabled").asBoolean()).isFalse();
        JsonNode cluster = get("api/cluster");
        assertThat(cluster.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(cluster.get("leaderId").asText()).isEqualTo(cluster.get("nodeId").asText());
        assertThat(cluster.get("members")).extracting(JsonNode::asText).containsExactly(cluster.get("nodeId").asText());
        assertThat(get("api/optimizer").get("runs").isEmpty()).isTrue();
        assertThat(get("api/optimizer").get("fronts").isEmpty()).isTrue();
        assertThat(get("api/components/db").get("health").get("status").asText()).isEqualTo("UP");
        JsonNode across = get("api/cluster/components/db");
        assertThat(across).singleElement().satisfies(s -> {
            assertThat(s.get("nodeId").asText()).isEqualTo(cluster.get("nodeId").asText());
            assertThat(s.get("health").asText()).isEqualTo("UP");
            assertThat(s.get("breaker").asText()).isEqualTo("CLOSED");
            assertThat(s.get("ageMillis").asLong()).isZero();
        });
    }

    @Test
    void metersAnswerTheirRatesOverTheWindowAsked() throws Exception {
        clock.advance(Duration.ofSeconds(10));
        for (int i = 0; i < 6; i++) {
            hms.guard("db").call(() -> "ok");
        }
        clock.advance(Duration.ofSeconds(60));

        JsonNode meters = get("api/meters?prefix=hms.guard.calls&since=1m");

        JsonNode success = null;
        for (JsonNode m : meters) {
            if (m.at("/tags/component").asText().equals("db") && m.at("/tags/outcome").asText().equals("success")) {
                success = m;
            }
        }
        assertThat(success).isNotNull();
        double window = Duration.parse(success.get("window").asText()).toNanos() / 1e9;
        assertThat(window).isBetween(60.0, 70.0);
        assertThat(success.at("/ratesPerSecond/count").asDouble()).isCloseTo(6 / window, within(1e-9));
        assertThat(get("api/meters?prefix=hms.guard.calls").get(0).get("ratesPerSecond").isNull()).isTrue();
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(hms.admin().orElseThrow().uri()
                        .resolve("api/meters?since=soon"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"since\"");
    }

    @Test
    void theOptimizerAnswersItsRunsAndEachComponentsLatestFront() throws Exception {
        GuardPolicy tight = GuardPolicy.defaults().withTimeout(TimeoutPolicy.of(Duration.ofMillis(80)));
        for (int generation = 1; generation <= 3; generation++) {
            hms.events().publish(new GenerationEvaluated(clock.now(), "db", generation, 0.5 + generation / 10.0,
                    0.4, generation * 20L));
        }
        hms.events().publish(new FrontFound(clock.now(), "db", 2, 40, List.of(
                new FrontFound.Member(GuardPolicy.defaults(), 180, 0.02, Duration.ofMillis(90), 200, 0.7, false))));
        hms.events().publish(new FrontFound(clock.now(), "db", 3, 60, List.of(
                new FrontFound.Member(GuardPolicy.defaults(), 180, 0.02, Duration.ofMillis(90), 200, 0.7, false),
                new FrontFound.Member(tight, 175, 0.01, Duration.ofMillis(60), 185, 0.8, true))));

        JsonNode optimizer = get("api/optimizer");
        assertThat(optimizer.get("fronts").get("db").get("generation").asLong()).isEqualTo(3);
        assertThat(optimizer.get("runs").get("db")).hasSize(1);
        assertThat(optimizer.get("runs").get("db").get(0)).extracting(g -> g.get("generation").asLong())
                .containsExactly(1L, 2L, 3L);
        JsonNode front = optimizer.get("fronts").get("db").get("members");
        assertThat(front).hasSize(2);
        assertThat(front.get(1).get("picked").asBoolean()).isTrue();
        assertThat(front.get(1).get("p99Latency").asText()).isEqualTo("PT0.06S");
        assertThat(front.get(1).get("guard").get("timeout").toString()).contains("0.08");
    }
}
