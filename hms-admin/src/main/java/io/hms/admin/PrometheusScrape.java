package io.hms.admin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The scrape behind {@link PrometheusText}, loaded only when Micrometer's Prometheus registry is there. A host
 * whose meters already go to a {@link PrometheusMeterRegistry} (alone or inside a composite) is scraped as it
 * is, its own meters included. Any other registry is mirrored into a Prometheus registry of the admin's own:
 * each meter once, reading the original's live measurements, so nothing is counted twice and the host's
 * registry is not touched; meters the runtime removed leave the mirror at the next scrape.
 */
final class PrometheusScrape implements Function<Optional<String>, Response> {

    /** The Prometheus text format's media type, also what the registry's writer picks by. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    /** OpenMetrics text, for a scraper that asks for it. */
    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final MeterRegistry source;
    private final PrometheusMeterRegistry target;
    private final boolean mirror;
    private final Map<Meter.Id, Meter> mirrored = new HashMap<>();

    PrometheusScrape(MeterRegistry source) {
        this.source = source;
        PrometheusMeterRegistry own = prometheusIn(source);
        this.mirror = own == null;
        this.target = own != null ? own : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    private static PrometheusMeterRegistry prometheusIn(MeterRegistry registry) {
        if (registry instanceof PrometheusMeterRegistry prometheus) {
            return prometheus;
        }
        if (registry instanceof CompositeMeterRegistry composite) {
            for (MeterRegistry child : composite.getRegistries()) {
                PrometheusMeterRegistry found = prometheusIn(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    public Response apply(Optional<String> accept) {
        if (mirror) {
            follow();
        }
        String contentType = accept.filter(a -> a.contains("application/openmetrics-text")).isPresent()
                ? OPEN_METRICS : PROMETHEUS_TEXT;
        return Response.text(200, contentType, target.scrape(contentType));
    }

    /**
     * A meter of the mirror that reads {@code meter}: counters, gauges and timers as the function meters of
     * their kind (so the names and types are those the host's own Prometheus registry would give), anything
     * else by its measurements.
     */
    private Meter mirror(Meter meter) {
        Meter.Id id = meter.getId();
        String name = id.getName();
        return meter.match(
                gauge -> Gauge.builder(name, gauge, Gauge::value).tags(id.getTags()).description(id.getDescription())
                        .baseUnit(id.getBaseUnit()).register(target),
                counter -> counter(id, counter, Counter::count),
                timer -> timer(id, timer, Timer::count, t -> t.totalTime(TimeUnit.SECONDS)),
                summary -> generic(meter),
                longTask -> generic(meter),
                timeGauge -> Gauge.builder(name, timeGauge, g -> g.value(TimeUnit.SECONDS)).tags(id.getTags())
                        .description(id.getDescription()).baseUnit("seconds").register(target),
                functionCounter -> counter(id, functionCounter, FunctionCounter::count),
                functionTimer -> timer(id, functionTimer, t -> (long) t.count(), t -> t.totalTime(TimeUnit.SECONDS)),
                other -> generic(meter));
    }

    private <T> Meter counter(Meter.Id id, T source, ToDoubleFunction<T> count) {
        return FunctionCounter.builder(id.getName(), source, count).tags(id.getTags())
                .description(id.getDescription()).baseUnit(id.getBaseUnit()).register(target);
    }

    private <T> Meter timer(Meter.Id id, T source, ToLongFunction<T> count, ToDoubleFunction<T> totalSeconds) {
        return FunctionTimer.builder(id.getName(), source, count, totalSeconds, TimeUnit.SECONDS).tags(id.getTags())
                .description(id.getDescription()).register(target);
    }

    private Meter generic(Meter meter) {
        Meter.Id id = meter.getId();
        return Meter.builder(id.getName(), id.getType(), meter.measure()).tags(id.getTags())
                .description(id.getDescription()).baseUnit(id.getBaseUnit()).register(target);
    }

    private void follow() {
        Set<Meter.Id> present = new HashSet<>();
        for (Meter meter : source.getMeters()) {
            Meter.Id id = meter.getId();
            present.add(id);
            mirrored.computeIfAbsent(id, i -> mirror(meter));
        }
        mirrored.entrySet().removeIf(e -> {
            if (present.contains(e.getKey())) {
                return false;
            }
            target.remove(e.getValue());
            return true;
        });
    }
}
