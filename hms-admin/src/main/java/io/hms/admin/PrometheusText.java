package io.hms.admin;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code GET /meters/prometheus}: the runtime's meters in the Prometheus text format, written by Micrometer's
 * Prometheus registry. That registry is an optional dependency (as for Spring Boot Actuator's endpoint): a host
 * without {@code io.micrometer:micrometer-registry-prometheus} gets a 404 that names it, and never loads it.
 */
final class PrometheusText {

    static final String REGISTRY_CLASS = "io.micrometer.prometheusmetrics.PrometheusMeterRegistry";

    private final MeterRegistry source;
    private final boolean available;
    private Function<Optional<String>, Response> scrape; // made at the first request, so an unused route costs nothing

    PrometheusText(MeterRegistry source) {
        this(source, onClassPath());
    }

    PrometheusText(MeterRegistry source, boolean available) {
        this.source = source;
        this.available = available;
    }

    private static boolean onClassPath() {
        try {
            Class.forName(REGISTRY_CLASS, false, PrometheusText.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /** The meters in the format {@code accept} asks for: OpenMetrics when named, else Prometheus text 0.0.4. */
    synchronized Response scrape(Optional<String> accept) {
        if (!available) {
            throw Problem.notFound("the meters as Prometheus text need Micrometer's Prometheus registry, which is not"
                    + " on the host's class path", "add io.micrometer:micrometer-registry-prometheus (the version of"
                    + " micrometer-core the host uses) to the host's dependencies, or read GET /hms/api/meters");
        }
        if (scrape == null) {
            scrape = new PrometheusScrape(source);
        }
        return scrape.apply(accept);
    }
}
