package io.hms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hms.cli.CliHost.Result;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of {@code hms} against a real host started here (admin API on loopback): what it prints, its
 * exit status, its {@code --output json} parsed back, and the error paths: no host, a wrong token, an invalid
 * plan, an unknown component. The commands that change the host run in order: an optimizer run, a plan applied
 * (a patch in canary), the patch promoted, a fault and its recovery.
 */
@Timeout(120)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliSmokeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static CliHost host;

    @BeforeAll
    static void start() throws Exception {
        host = new CliHost(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void versionHelpAndUsage() {
        Result version = CliHost.run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("hms ").contains("Java ");
        Result help = CliHost.run("plan", "apply", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--dry-run", "--url", "--token-file", "--output");
        Result usage = CliHost.run("plan", "frobnicate");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err()).contains("Unmatched argument");
    }

    @Test
    void aHostThatCannotBeReachedIsOneLineNamingTheUrlAndHowToStartOne() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        Result result = CliHost.run("--url", "http://127.0.0.1:" + closed + "/hms/", "agent", "list");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("hms: no HMS host answered at http://127.0.0.1:" + closed + "/hms/")
                .contains("-Dhms.admin.port=");
    }

    @Test
    void aWrongTokenIsRefusedInOneLine() throws IOException {
        Path wrong = Files.writeString(dir.resolve("wrong.token"), "not-the-token-0123456789");

        Result result = CliHost.run("--url", host.url(), "--token-file", wrong.toString(), "agent", "list");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().contains("refused the token", wrong.toString());
    }

    @Test
    void agentListAsATableAndAsJson() throws IOException {
        Result table = host.hms("agent", "list");
        assertThat(table.status()).isZero();
        assertThat(table.out()).startsWith("AGENT").contains("monitor", "healer", "configurator", "optimizer");
        assertThat(table.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));

        JsonNode agents = JSON.readTree(host.hms("-o", "json", "agent", "list").out());
        assertThat(agents.findValuesAsText("name")).contains("monitor", "healer");
    }

    @Test
    void eventsAsLinesAndAsJsonAndFollowedForAWhile() throws IOException {
        Result lines = host.hms("events", "-c", "payments,inventory", "-t", "HealthChanged");
        assertThat(lines.status()).isZero();
        assertThat(lines.out()).contains("payments", "HealthChanged", "UNKNOWN → UP");

        Result json = host.hms("-o", "json", "events", "-t", "HealthChanged");
        assertThat(json.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(JSON.readTree(l).get("type").asText())
                .isEqualTo("HealthChanged"));

        Result followed = host.hms("events", "--follow", "--for", "300ms", "-t", "NoSuchType");
        assertThat(followed.status()).isZero();
        assertThat(followed.out()).isEmpty();
    }

    @Test
    void metricsPullAsATableWithPrometheusNamesAndAsJson() throws IOException {
        Result table = host.hms("metrics", "pull", "--since", "1m", "--prefix", "hms.guard");
        assertThat(table.status()).isZero();
        assertThat(table.out()).startsWith("COMPONENT").contains("hms_guard_calls_total", "outcome=success");
        assertThat(table.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));

        JsonNode meters = JSON.readTree(host.hms("-o", "json", "metrics", "pull", "--prefix", "hms.guard.calls").out());
        assertThat(meters.findValuesAsText("name")).contains("hms.guard.calls");
    }

    @Test
    void planNewWritesAValidPlanAndValidateNamesEveryProblem() throws IOException {
        Result created = host.hms("plan", "new", "shop", "--dir", dir.toString());
        assertThat(created.status()).isZero();
        Path plan = dir.resolve("shop.hms.yaml");
        assertThat(Files.readString(plan)).contains("hms-plan: 1", "name: shop", "# playbook:");
        assertThat(dir.resolve("hms-plan.schema.json")).exists();
        assertThat(host.hms("plan", "validate", plan.toString()).status()).isZero();

        Path bad = Files.writeString(dir.resolve("bad.hms.yaml"), "hms-plan: 1\nname: bad\ncomponents:\n  payments:\n"
                + "    guard: { timout: 1s }\n");
        Result invalid = host.hms("plan", "validate", bad.toString());
        assertThat(invalid.status()).isEqualTo(1);
        assertThat(invalid.err()).contains(bad + ":5:14: components.payments.guard.timout: unknown key 'timout';"
                + " did you mean 'timeout'?");
        JsonNode problems = JSON.readTree(host.hms("-o", "json", "plan", "validate", bad.toString()).out());
        assertThat(problems.get(0).get("line").asInt()).isEqualTo(5);

        Result refused = host.hms("plan", "apply", bad.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("nothing was applied");
    }

    @Test
    @Order(1)
    void gaEvolveShowsTheGenerationsAndTheVerdict() {
        Result result = host.hms("ga", "evolve", "-c", "payments", "--steps", "3", "--timeout", "90s");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("optimizer run for payments: 24 evaluations (3 generations)")
                .containsPattern("\\[[#.]+] gen +1  best -?[0-9.]+  mean -?[0-9.]+  [0-9]+/24 evaluations")
                .containsPattern("(proposes its candidate|keeps the current policy)");
        assertThat(host.hms("ga", "evolve", "-c", "nope", "--budget", "10").err())
                .contains("no component named 'nope'");
    }

    @Test
    @Order(2)
    void planApplyShowsTheDiffThenPatchesThroughTheCanary() throws IOException {
        long before = host.hms.registry().policy("inventory").version();
        Path plan = Files.writeString(dir.resolve("apply.hms.yaml"), """
                hms-plan: 1
                name: tighten
                components:
                  inventory:
                    guard:
                      timeout: 750ms
                  ghost: {}
                optimizer:
                  runs:
                    - { component: inventory }
                """);

        Result dry = host.hms("plan", "apply", plan.toString(), "--dry-run");
        assertThat(dry.status()).isZero();
        assertThat(dry.out()).contains("plan tighten against " + host.url(), "~ patch inventory v" + before,
                "guard.timeout", "! patch ghost: the host has no component 'ghost'", "+ optimizer run inventory: the optimizer's own budget",
                "dry run: nothing was applied");
        assertThat(host.hms.registry().policy("inventory").version()).isEqualTo(before);
        assertThat(host.hms.configurator().pending()).isEmpty();

        Result applied = host.hms("plan", "apply", plan.toString());
        assertThat(applied.status()).as("a refused task fails the apply").isEqualTo(1);
        assertThat(applied.out()).contains("patch inventory v" + before + ": ok in canary as ",
                "patch ghost: failed", "optimizer run inventory: ok queued");
        assertThat(host.hms.configurator().pending()).singleElement()
                .satisfies(p -> assertThat(p.component()).isEqualTo("inventory"));
    }

    @Test
    @Order(3)
    void ffiDiffShowsThePatchInCanaryAndApplyPromotesIt() throws IOException {
        String patchId = host.hms.configurator().pending().getFirst().id();
        long before = host.hms.registry().policy("inventory").version();

        Result diff = host.hms("ffi", "diff", "--agent", "admin");
        assertThat(diff.status()).isZero();
        assertThat(diff.out()).contains("patch " + patchId, "inventory", "plan tighten", "~ guard.timeout");
        JsonNode json = JSON.readTree(host.hms("-o", "json", "ffi", "diff").out());
        assertThat(json.findValuesAsText("id")).contains(patchId);
        assertThat(host.hms("ffi", "diff", "--agent", "optimizer").out()).doesNotContain(patchId);

        Result promoted = host.hms("ffi", "diff", "--apply", patchId);
        assertThat(promoted.status()).as(promoted.err()).isZero();
        assertThat(promoted.out()).contains("patch " + patchId + ": promoted as v" + (before + 1));
        assertThat(host.hms.registry().policy("inventory").policy().guard().timeout().timeout())
                .isEqualTo(Duration.ofMillis(750));
    }

    @Test
    @Order(4)
    void chaosInjectPrintsTheRecoveryTimeline() {
        Result result = host.hms("chaos", "inject", "latency", "--target", "payments", "--for", "500ms", "--delay",
                "5ms", "--timeout", "60s");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("injected latency into payments for 500ms", "ChaosInjected",
                "ChaosReverted", "recovered ");
        Result bad = host.hms("chaos", "inject", "latency", "--target", "payments", "--for", "1s");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("delay");
    }
}
