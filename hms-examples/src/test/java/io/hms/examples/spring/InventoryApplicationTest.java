package io.hms.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Spring Boot example, started with a web server on a random port and judged over HTTP as its users would:
 * Actuator's health of the inventory turns DOWN when its pool wedges and UP again after HMS's repair, while the
 * guarded lookups answer with the fallback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "logging.level.root=warn"}) // tests print nothing
class InventoryApplicationTest {

    /** Long enough for the ladder's two rungs on a loaded machine; the example heals in about a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    InventoryPool pool;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void actuatorHealthTurnsDownOnAFaultAndUpAfterTheRepair() throws Exception {
        String health = "/actuator/health/hms/inventory";
        List<String> seen = new ArrayList<>();
        until("inventory UP", () -> get(health), body -> body.contains("\"status\":\"UP\""), seen);
        assertThat(get("/stock/sku-7")).contains("\"fallback\":false");

        assertThat(post("/faults/wedge")).contains("wedged");
        assertThat(get("/stock/sku-7")).as("a lookup while wedged").contains("\"fallback\":true");
        until("inventory DOWN with its incident", () -> get(health),
                body -> body.contains("\"status\":\"DOWN\"") && body.contains("\"incident\""), seen);
        assertThat(seen.getLast()).contains("inventory pool wedged");
        until("inventory UP after the repair", () -> get(health), body -> body.contains("\"status\":\"UP\""), seen);

        assertThat(pool.restarts()).isEqualTo(1);
        assertThat(get("/stock/sku-7")).contains("\"fallback\":false");
        assertThat(get("/actuator/hms")).contains("\"resolvedBy\":\"restartPool\"");
        assertThat(get("/actuator/health")).contains("\"hms\"");
    }

    @Test
    void theHmsEndpointIsReadOnlyUnlessTheApplicationOpensIt() throws Exception {
        HttpResponse<String> write = http.send(HttpRequest.newBuilder(uri("/actuator/hms/inventory"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"rollback\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isIn(404, 405);
        assertThat(get("/actuator/hms/inventory")).contains("\"name\":\"inventory\"").contains("\"policy\"");
    }

    private void until(String what, ThrowingSupplier read, Predicate<String> done, List<String> seen)
            throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String body = read.get();
            seen.add(body);
            if (done.test(body)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what + "; last seen " + body);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        String get() throws Exception;
    }
}
