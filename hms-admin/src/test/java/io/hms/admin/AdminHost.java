package io.hms.admin;

import io.hms.api.Health;
import io.hms.core.Hms;
import io.hms.core.admin.AdminOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** A started runtime with the admin API on a free loopback port, and an HTTP client for it. */
final class AdminHost implements AutoCloseable {

    static final String TOKEN = "test-token-0123456789abcdef";

    final Hms hms;
    final AtomicReference<Health> paymentsHealth = new AtomicReference<>(Health.up());
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AdminHost(AdminOptions.Builder options) {
        this.hms = Hms.builder().discoverPlugins(false).discoverOptimizer(false)
                .component("payments").healthCheck("payments", "ping", paymentsHealth::get)
                .component("ledger-db").healthCheck("ledger-db", "ping", Health::up)
                .admin(options.build()).build().start();
    }

    /** A host the test built itself, with the admin API on. */
    AdminHost(Hms hms) {
        this.hms = hms;
    }

    static AdminHost withToken() {
        return new AdminHost(AdminOptions.builder().token(TOKEN));
    }

    AdminServer server() {
        return (AdminServer) hms.admin().orElseThrow();
    }

    URI uri(String path) {
        return hms.admin().orElseThrow().uri().resolve(path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        hms.close();
        http.close();
    }
}
