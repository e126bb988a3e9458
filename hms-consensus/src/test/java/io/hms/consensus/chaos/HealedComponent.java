package io.hms.consensus.chaos;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.RepairContext;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.core.HmsBuilder;
import io.hms.core.healer.HealerOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A component every node repairs, {@value #HEALED}: an HTTP resource of the test that says whether it is
 * healthy and takes repairs at three rungs, each with the node and its lease's fencing token, so the resource
 * can refuse a stale holder. Checked every 200 ms; the healer's lease is the test's.
 */
final class HealedComponent {

    /** The component. */
    static final String HEALED = "healed";

    private HealedComponent() {
    }

    /** {@code builder} with the component, its check and its three repairs against {@code url}, and the lease. */
    static HmsBuilder addTo(HmsBuilder builder, String url, String node, Duration lease) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HealthPolicy health = new HealthPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), 2, 1);
        builder.component(ComponentSpec.of(HEALED).withPolicy(ComponentPolicy.defaults().withHealth(health)))
                .healthCheck(HEALED, "ping", () -> get(http, url + "/health?node=" + node) == 200 ? Health.up()
                        : Health.down("the resource says it is broken"))
                .healer(HealerOptions.defaults().withLockLease(lease));
        for (int level = 1; level <= 3; level++) {
            builder.repair(HEALED, "rung" + level, level, Duration.ofSeconds(60),
                    (RepairContext ctx) -> get(http, url + "/repair?level=" + ctx.level() + "&node=" + node
                            + "&token=" + ctx.fencingToken()) == 200);
        }
        return builder;
    }

    private static int get(HttpClient http, String uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
