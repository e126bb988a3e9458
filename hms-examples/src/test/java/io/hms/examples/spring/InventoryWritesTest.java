package io.hms.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The example with the {@code hms} endpoint opened to writes, as Actuator opens any endpoint: over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "logging.level.root=warn",
                "management.endpoint.hms.access=unrestricted", "hms.chaos.enabled=true"})
class InventoryWritesTest {

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void aPatchPostedToTheEndpointGoesIntoACanaryAndIsPromotedOnRequest() throws Exception {
        HttpResponse<String> proposed = post("/actuator/hms/inventory",
                "{\"action\": \"patch\", \"settings\": \"timeout=250ms, breaker.open-duration=5s\","
                        + " \"reason\": \"a tighter timeout\"}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(202);
        String patchId = proposed.body().replaceAll(".*\"patchId\":\"([^\"]+)\".*", "$1");
        assertThat(get("/actuator/hms")).contains("\"state\":\"canary\"");

        HttpResponse<String> promoted = post("/actuator/hms/patches/" + patchId, "{\"action\": \"promote\"}");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(get("/actuator/hms/inventory")).contains("\"timeout\":\"PT0.25S\"").contains("\"policyVersion\":2");

        HttpResponse<String> bad = post("/actuator/hms/inventory",
                "{\"action\": \"patch\", \"settings\": \"breaker.failure-rate=30\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("breaker.failure-rate: no such setting");

        HttpResponse<String> back = post("/actuator/hms/inventory", "{\"action\": \"rollback\"}");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(get("/actuator/hms/inventory")).contains("\"policyVersion\":3").doesNotContain("PT0.25S");
    }

    @Test
    void aFaultPostedToTheEndpointIsInjectedAndReverted() throws Exception {
        HttpResponse<String> injected = post("/actuator/hms/inventory",
                "{\"action\": \"fault\", \"fault\": \"latency\", \"delay\": \"50ms\", \"duration\": \"20s\"}");
        assertThat(injected.statusCode()).as(injected.body()).isEqualTo(201);
        assertThat(injected.body()).contains("\"faultId\"");

        HttpResponse<String> reverted = post("/actuator/hms/inventory", "{\"action\": \"revert\"}");
        assertThat(reverted.statusCode()).isEqualTo(200);
        assertThat(reverted.body()).contains(injected.body().replaceAll(".*\"faultId\":\"([^\"]+)\".*", "$1"));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
