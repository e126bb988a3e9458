package io.hms.admin;

import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Statistic;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime's cumulative meter values (counts and totals) sampled every {@value #EVERY_SECONDS} s on the
 * runtime's clock for the last hour, so {@code GET /meters?since=PT5M} can answer rates over a window.
 * Sampling runs on the scheduler's thread and reads each meter once; nothing is added to a guarded call.
 */
final class MeterHistory implements AutoCloseable {

    static final int EVERY_SECONDS = 10;
    static final int KEEP = 361;

    /** One sample: when (on the runtime's monotonic clock) and each cumulative value by its key. */
    record Sample(long nanos, Map<String, Double> values) {
    }

    private final MeterRegistry registry;
    private final Scheduler clock;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final Cancellable sampling;

    MeterHistory(MeterRegistry registry, Scheduler clock) {
        this.registry = registry;
        this.clock = clock;
        sample();
        this.sampling = clock.scheduleAtFixedRate(Duration.ofSeconds(EVERY_SECONDS), this::sample);
    }

    /** The key of one statistic of one meter: its name, its tags and the statistic. */
    static String key(Meter.Id id, Statistic statistic) {
        return id.getName() + id.getTags() + ":" + statistic.getTagValueRepresentation();
    }

    static boolean cumulative(Statistic statistic) {
        return statistic == Statistic.COUNT || statistic == Statistic.TOTAL || statistic == Statistic.TOTAL_TIME;
    }

    private void sample() {
        Map<String, Double> values = new HashMap<>();
        for (Meter meter : registry.getMeters()) {
            for (Measurement m : meter.measure()) {
                if (cumulative(m.getStatistic())) {
                    values.put(key(meter.getId(), m.getStatistic()), m.getValue());
                }
            }
        }
        Sample sample = new Sample(clock.nanoTime(), values);
        synchronized (samples) {
            samples.addLast(sample);
            if (samples.size() > KEEP) {
                samples.removeFirst();
            }
        }
    }

    /**
     * The newest sample at least {@code window} old, or the oldest one kept when none is that old; empty while
     * the only sample is younger than a second (no rate can be told yet).
     */
    Optional<Sample> before(Duration window) {
        long now = clock.nanoTime();
        Sample found = null;
        synchronized (samples) {
            for (Sample s : samples) {
                if (found == null || now - s.nanos() >= window.toNanos()) {
                    found = s;
                }
                if (now - s.nanos() < window.toNanos()) {
                    break;
                }
            }
        }
        return found == null || now - found.nanos() < 1_000_000_000L ? Optional.empty() : Optional.of(found);
    }

    long now() {
        return clock.nanoTime();
    }

    @Override
    public void close() {
        sampling.cancel();
    }
}
