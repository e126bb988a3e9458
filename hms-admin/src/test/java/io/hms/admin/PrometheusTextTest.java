package io.hms.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.core.Hms;
import io.hms.core.admin.AdminOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The meters as a Prometheus scraper reads them, from the host's registry or a mirror of it. */
class PrometheusTextTest {

    private static final Pattern SUCCESSES =
            Pattern.compile("(?m)^hms_guard_calls_total\\{[^}]*component=\"payments\"[^}]*outcome=\"success\"[^}]*} (\\S+)$");

    private AdminHost host;

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void theRuntimesMetersAreServedAsPrometheusTextAndFollowTheLiveCounts() throws Exception {
        host = AdminHost.withToken();
        callPayments(3);

        HttpResponse<String> first = host.get("api/meters/prometheus");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(successes(first.body())).isEqualTo(3.0);
        assertThat(first.body()).contains("# TYPE hms_guard_calls_total counter", "hms_health{", "# TYPE hms_guard_latency_seconds summary");

        callPayments(2);
        assertThat(successes(host.get("api/meters/prometheus").body())).as("read live, counted once").isEqualTo(5.0);
    }

    @Test
    void aScraperThatAsksForOpenMetricsGetsIt() throws Exception {
        host = AdminHost.withToken();
        callPayments(1);

        HttpResponse<String> response = host.send(HttpRequest.newBuilder(host.uri("api/meters/prometheus"))
                .header("Authorization", "Bearer " + AdminHost.TOKEN)
                .header("Accept", "application/openmetrics-text; version=1.0.0").build());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/openmetrics-text"));
        assertThat(response.body()).contains("hms_guard_calls_total{").endsWith("# EOF\n");
    }

    @Test
    void aHostWhoseMetersGoToPrometheusIsScrapedAsItIsWithItsOwnMeters() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Counter.builder("orders.placed").register(registry).increment(7);
        Hms hms = Hms.builder().discoverPlugins(false).discoverOptimizer(false).meterRegistry(registry)
                .component("payments").admin(AdminOptions.builder().token(AdminHost.TOKEN).build()).build().start();
        host = new AdminHost(hms);
        callPayments(4);

        String body = host.get("api/meters/prometheus").body();

        assertThat(body).contains("orders_placed_total 7.0");
        assertThat(successes(body)).isEqualTo(4.0);
        assertThat(body).isEqualTo(registry.scrape());
    }

    @Test
    void withoutMicrometersPrometheusRegistryTheRouteNamesTheDependencyToAdd() {
        PrometheusText text = new PrometheusText(new SimpleMeterRegistry(), false);

        assertThatThrownBy(() -> text.scrape(Optional.empty())).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status()).isEqualTo(404);
            assertThat(p.fix()).contains("io.micrometer:micrometer-registry-prometheus");
        });
    }

    private void callPayments(int times) {
        for (int i = 0; i < times; i++) {
            host.hms.guard("payments").call(() -> "ok");
        }
    }

    private static double successes(String body) {
        Matcher m = SUCCESSES.matcher(body);
        assertThat(m.find()).as("a success count for payments in%n%s", body).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
