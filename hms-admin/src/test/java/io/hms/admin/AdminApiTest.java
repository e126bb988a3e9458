package io.hms.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hms.core.admin.AdminOptions;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin API over real HTTP on a loopback port: what it answers, and what it refuses. */
class AdminApiTest {

    private final ObjectMapper json = new ObjectMapper();
    private AdminHost host;

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void componentsShowHealthBreakerLimiterAndThePolicyInForce() throws Exception {
        host = AdminHost.withToken();

        HttpResponse<String> response = host.get("api/components");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode components = json.readTree(response.body());
        assertThat(components).extracting(c -> c.get("name").asText()).containsExactly("ledger-db", "payments");
        JsonNode payments = components.get(1);
        assertThat(payments.at("/breaker/state").asText()).isEqualTo("CLOSED");
        assertThat(payments.at("/limiter/limit").asInt()).isPositive();
        assertThat(payments.at("/policyVersion").asLong()).isEqualTo(host.hms.registry().policy("payments").version());
        assertThat(payments.at("/policy/guard/timeout").isMissingNode()).isFalse();
        assertThat(System.getProperty(AdminServer.NO_DELAY_PROPERTY)).as("small frames are sent at once").isEqualTo("true");
    }

    @Test
    void anUnknownComponentIsA404ThatNamesTheOnesThereAre() throws Exception {
        host = AdminHost.withToken();

        HttpResponse<String> response = host.get("api/components/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).contains("'nope'", "payments", "ledger-db");
        assertThat(problem.get("fix").asText()).contains("GET /hms/api/components");
    }

    @Test
    void everyRouteRefusesAMissingAndAWrongToken() throws Exception {
        host = AdminHost.withToken();

        for (Route route : host.server().routes()) {
            String path = route.template().replace("{name}", "payments").replace("{id}", "p-1").substring(1);
            String relative = path.substring("hms/".length());
            HttpRequest.Builder missing = HttpRequest.newBuilder(host.uri(relative));
            HttpRequest.Builder wrong = HttpRequest.newBuilder(host.uri(relative))
                    .header("Authorization", "Bearer not-the-token-at-all-0000");
            for (HttpRequest.Builder request : new HttpRequest.Builder[] {missing, wrong}) {
                HttpResponse<String> response = host.send(request.method(route.method(),
                        HttpRequest.BodyPublishers.ofString("{}")).build());
                assertThat(response.statusCode()).as("%s %s", route.method(), route.template()).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"hms\"");
                assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("Authorization");
            }
        }
    }

    @Test
    void readsMayBeOpenOnLoopbackWhenTheHostSaysSo() throws Exception {
        host = new AdminHost(AdminOptions.builder().token(AdminHost.TOKEN).anonymousLoopbackReads(true));

        HttpResponse<String> response = host.send(HttpRequest.newBuilder(host.uri("api/cluster")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("leader").asBoolean()).isTrue();
    }

    @Test
    void aWrongMethodIsA405ThatSaysWhichOnesWork() throws Exception {
        host = AdminHost.withToken();

        HttpResponse<String> response = host.send(HttpRequest.newBuilder(host.uri("api/components"))
                .header("Authorization", "Bearer " + AdminHost.TOKEN).DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void noPathLeavesThePageFolder() throws Exception {
        host = AdminHost.withToken();

        for (String path : new String[] {"/hms/../pom.xml", "/hms/%2e%2e/etc/passwd", "/hms/..%2fx.html",
            "/hms/.hidden.html", "/hms//index.html", "/io/hms/admin/Json.class", "/hms/Json.class"}) {
            HttpResponse<String> response = host.send(HttpRequest.newBuilder(host.uri(path)).build());
            assertThat(response.statusCode()).as(path).isIn(400, 404);
        }
        assertThat(StaticFiles.safe("index.html")).isTrue();
        assertThat(StaticFiles.safe("../index.html")).isFalse();
        assertThat(StaticFiles.safe("a//b.js")).isFalse();
    }

    @Test
    void withoutATokenFromTheHostOneIsGeneratedIntoAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("admin.token");
        host = new AdminHost(AdminOptions.builder().tokenFile(file));

        assertThat(host.hms.admin().orElseThrow().tokenFile()).hasValue(file.toAbsolutePath());
        String token = Files.readString(file).trim();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        HttpResponse<String> response = host.send(HttpRequest.newBuilder(host.uri("api/agents"))
                .header("Authorization", "Bearer " + token).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).extracting(a -> a.get("name").asText())
                .contains("monitor", "healer", "configurator");
        host.close();
        host = null;
        assertThat(file).as("a dead token leaves no file behind").doesNotExist();
    }

    @Test
    void theDiagramIsDrawnFromTheLiveRegistry() throws Exception {
        host = AdminHost.withToken();

        HttpResponse<String> response = host.get("api/diagram");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("flowchart LR").contains(Diagram.componentId("payments"),
                Diagram.componentId("ledger-db"), Diagram.agentId("healer"), "breaker CLOSED");
        assertThat(Diagram.componentId("a-b")).isNotEqualTo(Diagram.componentId("a_b"))
                .isNotEqualTo(Diagram.componentId("a.b"));
    }

    @Test
    void theIndexListsEveryRoute() throws Exception {
        host = AdminHost.withToken();

        JsonNode index = json.readTree(host.get("api").body());

        assertThat(index.get("routes")).hasSize(host.server().routes().size());
    }

    @Test
    void thePageAndItsLibrariesComeFromTheJarWithoutAToken() throws Exception {
        host = AdminHost.withToken();

        HttpResponse<String> page = host.send(HttpRequest.newBuilder(host.uri("/hms/")).build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(page.body()).contains("lib/mermaid.min.js", "hms.js").doesNotContain(AdminHost.TOKEN);
        for (String file : new String[] {"lib/mermaid.min.js", "lib/uPlot.iife.min.js", "lib/uPlot.min.css",
            "hms.js", "hms.css", "favicon.svg"}) {
            HttpResponse<String> response = host.send(HttpRequest.newBuilder(host.uri("/hms/" + file)).build());
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.body()).as(file).isNotEmpty();
        }
        assertThat(host.send(HttpRequest.newBuilder(host.uri("/hms/lib/other.js")).build()).statusCode())
                .isEqualTo(404);
        HttpResponse<String> root = host.send(HttpRequest.newBuilder(host.uri("/")).build());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/hms/");
        assertThat(host.send(HttpRequest.newBuilder(host.uri("/hms/")).POST(HttpRequest.BodyPublishers.noBody())
                .build()).statusCode()).isEqualTo(405);
    }

    @Test
    void theOptimizersGenerationsComeAsRunsThatStartWhereTheCountStartsAgain() throws Exception {
        host = AdminHost.withToken();
        java.util.concurrent.CompletableFuture<io.hms.api.event.GenerationEvaluated> last = host.hms.events()
                .next(io.hms.api.event.GenerationEvaluated.class, g -> g.bestFitness() == 0.9);
        for (long[] g : new long[][] {{1, 5}, {2, 6}, {3, 7}, {1, 8}, {2, 9}}) {
            host.hms.events().publish(new io.hms.api.event.GenerationEvaluated(java.time.Instant.EPOCH, "payments",
                    g[0], g[1] / 10.0, g[1] / 20.0, 40 * g[0]));
        }
        last.get(10, java.util.concurrent.TimeUnit.SECONDS);

        JsonNode runs = json.readTree(host.get("api/optimizer").body()).at("/runs/payments");

        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).extracting(g -> g.get("generation").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(runs.get(1)).extracting(g -> g.get("bestFitness").asDouble()).containsExactly(0.8, 0.9);
    }
}
