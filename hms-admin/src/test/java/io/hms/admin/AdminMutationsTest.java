package io.hms.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hms.api.event.AdminAction;
import io.hms.api.event.ChaosInjected;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.Hms;
import io.hms.core.admin.AdminOptions;
import io.hms.core.chaos.ChaosOptions;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin API's mutations: each through the agent that owns the change, refused clearly, audited. */
class AdminMutationsTest {

    private static final String TOKEN = "mutations-token-0123456789";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Hms hms;

    private void start(ChaosOptions chaos) {
        hms = Hms.builder().discoverPlugins(false).discoverOptimizer(false).component("payments").chaos(chaos)
                .admin(AdminOptions.builder().token(TOKEN).maxBodyBytes(2_048).build()).build().start();
    }

    @AfterEach
    void close() {
        if (hms != null) {
            hms.close();
        }
        http.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(hms.admin().orElseThrow().uri().resolve(path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<AdminAction> nextAudit() {
        return hms.events().next(AdminAction.class, a -> true);
    }

    @Test
    void aProposedPatchGoesToTheConfiguratorsCanaryAndIsAudited() throws Exception {
        start(ChaosOptions.disabled());
        CompletableFuture<AdminAction> audit = nextAudit();

        HttpResponse<String> response = send("POST", "api/patches",
                "{\"component\":\"payments\",\"guard\":" + guardWithTimeout(750) + ",\"reason\":\"shorter\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("diff").toString()).contains("timeout");
        assertThat(hms.configurator().pending()).extracting(PolicyPatch::id).containsExactly(answer.get("patchId")
                .asText());
        assertThat(hms.registry().policy("payments").version()).as("not applied around the canary").isEqualTo(1);
        AdminAction action = audit.get(10, TimeUnit.SECONDS);
        assertThat(action.caller()).startsWith("token:").doesNotContain(TOKEN);
        assertThat(action.action()).isEqualTo("POST /hms/api/patches");
        assertThat(action.status()).isEqualTo(202);
    }

    @Test
    void aPolicyAsAGetAnswersItCanBeSentBackAsAPatch() throws Exception {
        start(ChaosOptions.disabled());
        JsonNode component = json.readTree(send("GET", "api/components/payments", null).body());
        com.fasterxml.jackson.databind.node.ObjectNode policy = (com.fasterxml.jackson.databind.node.ObjectNode)
                component.get("policy");
        ((com.fasterxml.jackson.databind.node.ObjectNode) policy.at("/guard/timeout")).put("timeout", "PT0.4S");

        HttpResponse<String> response = send("POST", "api/patches", "{\"component\":\"payments\",\"policy\":" + policy
                + ",\"baseVersion\":" + component.get("policyVersion").asLong() + "}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(hms.configurator().pending()).singleElement().satisfies(p -> assertThat(
                p.candidate().guard().timeout().timeout()).isEqualTo(Duration.ofMillis(400)));
    }

    private String guardWithTimeout(long millis) throws Exception {
        ComponentPolicy current = hms.registry().policy("payments").policy();
        return new ObjectMapper().findAndRegisterModules().disable(
                com.fasterxml.jackson.databind.SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .writeValueAsString(current.guard().withTimeout(TimeoutPolicy.of(Duration.ofMillis(millis))));
    }

    @Test
    void aStalePatchIsA409AndChangesNothing() throws Exception {
        start(ChaosOptions.disabled());
        CompletableFuture<AdminAction> audit = nextAudit();

        HttpResponse<String> response = send("POST", "api/patches",
                "{\"component\":\"payments\",\"baseVersion\":7,\"guard\":" + guardWithTimeout(750) + "}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("baseVersion");
        assertThat(hms.configurator().pending()).isEmpty();
        assertThat(audit.get(10, TimeUnit.SECONDS).status()).isEqualTo(409);
    }

    @Test
    void badBodiesSayWhereAndWhatToFix() throws Exception {
        start(ChaosOptions.disabled());

        HttpResponse<String> broken = send("POST", "api/patches", "{\n  \"component\": \"payments\",\n  oops\n}");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json.readTree(broken.body()).get("detail").asText()).contains("line 3");

        HttpResponse<String> unknownField = send("POST", "api/patches", "{\"component\":\"payments\",\"colour\":1}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknownField.body()).get("field").asText()).isEqualTo("colour");

        HttpResponse<String> nothing = send("POST", "api/patches", "{\"component\":\"payments\"}");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(nothing.body()).get("fix").asText()).contains("guard");

        HttpResponse<String> unknownComponent = send("POST", "api/patches",
                "{\"component\":\"nope\",\"guard\":" + guardWithTimeout(750) + "}");
        assertThat(unknownComponent.statusCode()).isEqualTo(404);

        HttpResponse<String> tooLarge = send("POST", "api/patches", "{\"reason\":\"" + "x".repeat(4_000) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json.readTree(tooLarge.body()).get("fix").asText()).contains("maxBodyBytes");

        assertThat(hms.configurator().pending()).isEmpty();
    }

    @Test
    void rollbackMakesTheEarlierVersionCurrentAgain() throws Exception {
        start(ChaosOptions.disabled());
        ComponentPolicy first = hms.registry().policy("payments").policy();
        hms.configurator().apply(PolicyPatch.of("payments", 1, first.withGuard(first.guard()
                .withTimeout(TimeoutPolicy.of(Duration.ofMillis(300)))), "test", "a change")).get(10, TimeUnit.SECONDS);

        HttpResponse<String> response = send("POST", "api/components/payments/rollback", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("version").asLong()).isEqualTo(3);
        assertThat(hms.registry().policy("payments").policy()).isEqualTo(first);
    }

    @Test
    void chaosIsRefusedWith403WhenTheHostDidNotEnableIt() throws Exception {
        start(ChaosOptions.disabled());

        HttpResponse<String> response = send("POST", "api/chaos/faults",
                "{\"kind\":\"error\",\"target\":\"payments\",\"duration\":\"PT5S\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("fix").asText()).contains("ChaosOptions.enabled()");
        assertThat(hms.chaos().active()).isEmpty();
    }

    @Test
    void aFaultIsInjectedListedAndRevertedThroughTheApi() throws Exception {
        start(ChaosOptions.enabled());

        HttpResponse<String> injected = send("POST", "api/chaos/faults",
                "{\"kind\":\"latency\",\"target\":\"payments\",\"duration\":\"PT20S\",\"delay\":\"PT0.1S\"}");
        assertThat(injected.statusCode()).as(injected.body()).isEqualTo(202);
        String id = json.readTree(injected.body()).get("id").asText();
        assertThat(json.readTree(send("GET", "api/chaos", null).body()).get("active").findValuesAsText("id"))
                .containsExactly(id);

        HttpResponse<String> reverted = send("DELETE", "api/chaos/faults/" + id, null);
        assertThat(reverted.statusCode()).isEqualTo(200);
        assertThat(hms.chaos().active()).isEmpty();
        assertThat(send("DELETE", "api/chaos/faults/" + id, null).statusCode()).isEqualTo(404);

        HttpResponse<String> badKind = send("POST", "api/chaos/faults",
                "{\"kind\":\"meteor\",\"target\":\"payments\",\"duration\":\"PT5S\"}");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badKind.body()).get("fix").asText()).contains("latency", "partition");
        HttpResponse<String> noDelay = send("POST", "api/chaos/faults",
                "{\"kind\":\"latency\",\"target\":\"payments\",\"duration\":\"PT5S\"}");
        assertThat(json.readTree(noDelay.body()).get("field").asText()).isEqualTo("delay");
    }

    @Test
    void anExperimentRunsAgainstTheComponent() throws Exception {
        start(ChaosOptions.enabled());
        CompletableFuture<ChaosInjected> injected = hms.events().next(ChaosInjected.class, e -> true);

        HttpResponse<String> response = send("POST", "api/chaos/experiments", "{\"name\":\"errors\",\"fault\":"
                + "{\"kind\":\"error\",\"target\":\"payments\",\"duration\":\"PT1S\",\"fraction\":0.5},"
                + "\"recoverWithin\":\"PT5S\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(injected.get(10, TimeUnit.SECONDS).target()).isEqualTo("payments");
        HttpResponse<String> incomplete = send("POST", "api/chaos/experiments", "{\"name\":\"x\"}");
        assertThat(json.readTree(incomplete.body()).get("field").asText()).isEqualTo("fault");
    }

    @Test
    void aPatchInCanaryIsPromotedOrRolledBackByAPerson() throws Exception {
        start(ChaosOptions.disabled());
        String first = json.readTree(send("POST", "api/patches", "{\"component\":\"payments\",\"guard\":"
                + guardWithTimeout(750) + "}").body()).get("patchId").asText();

        HttpResponse<String> second = send("POST", "api/patches",
                "{\"component\":\"payments\",\"guard\":" + guardWithTimeout(600) + "}");
        assertThat(second.statusCode()).as("one canary per component").isEqualTo(409);

        HttpResponse<String> promoted = send("POST", "api/patches/" + first + "/promote", null);
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(json.readTree(promoted.body()).get("promoted").asBoolean()).isTrue();
        assertThat(hms.registry().policy("payments").policy().guard().timeout().timeout())
                .isEqualTo(Duration.ofMillis(750));
        assertThat(send("POST", "api/patches/" + first + "/promote", null).statusCode()).isEqualTo(404);

        String third = json.readTree(send("POST", "api/patches", "{\"component\":\"payments\",\"guard\":"
                + guardWithTimeout(400) + "}").body()).get("patchId").asText();
        HttpResponse<String> rolledBack = send("POST", "api/patches/" + third + "/rollback", null);
        assertThat(json.readTree(rolledBack.body()).get("promoted").asBoolean()).isFalse();
        assertThat(json.readTree(rolledBack.body()).get("detail").asText()).contains("rolled back", "token:");
        assertThat(hms.registry().policy("payments").policy().guard().timeout().timeout())
                .isEqualTo(Duration.ofMillis(750));
        assertThat(hms.configurator().pending()).isEmpty();
    }

    @Test
    void anOptimizerRunIsRequestedWithItsBudgetOrRefusedWithTheReason() throws Exception {
        java.util.List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.hms.api.spi.Optimizer optimizer = new io.hms.api.spi.Optimizer() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public void start(io.hms.api.spi.OptimizerContext context) {
            }

            @Override
            public java.util.Optional<String> requestRun(String component, long evaluations) {
                requests.add(component + ":" + evaluations);
                return evaluations == 13 ? java.util.Optional.of("not the leader") : java.util.Optional.empty();
            }

            @Override
            public void close() {
            }
        };
        hms = Hms.builder().discoverPlugins(false).optimizer(optimizer).component("payments")
                .admin(AdminOptions.builder().token(TOKEN).build()).build().start();

        HttpResponse<String> queued = send("POST", "api/optimizer/runs", "{\"component\":\"payments\",\"evaluations\":200}");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        assertThat(send("POST", "api/optimizer/runs", "{\"component\":\"payments\"}").statusCode()).isEqualTo(202);
        HttpResponse<String> refused = send("POST", "api/optimizer/runs", "{\"component\":\"payments\",\"evaluations\":13}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).get("detail").asText()).isEqualTo("not the leader");
        assertThat(send("POST", "api/optimizer/runs", "{\"component\":\"nope\"}").statusCode()).isEqualTo(404);
        assertThat(json.readTree(send("POST", "api/optimizer/runs", "{\"component\":\"payments\",\"evaluations\":0}")
                .body()).get("field").asText()).isEqualTo("evaluations");
        assertThat(requests).containsExactly("payments:200", "payments:0", "payments:13");
    }

    @Test
    void withoutAnOptimizerARunIsRefusedNamingWhatToAdd() throws Exception {
        start(ChaosOptions.disabled());

        HttpResponse<String> response = send("POST", "api/optimizer/runs", "{\"component\":\"payments\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json.readTree(response.body()).get("fix").asText()).contains("hms-ga");
    }
}
