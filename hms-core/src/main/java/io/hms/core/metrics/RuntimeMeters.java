package io.hms.core.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The meters one HMS runtime registered on a {@link MeterRegistry}. Each carries the tag
 * {@value #TAG} naming the runtime, so runtimes that share a registry are told apart, and
 * {@link #close()} removes them all from the registry, as Micrometer's closeable binders do: a runtime
 * started later on the same registry binds fresh meters instead of reading a closed one's.
 *
 * <pre>{@code
 * RuntimeMeters meters = RuntimeMeters.claim(registry, "checkout");     // or null for hms-1, hms-2, ...
 * meters.register(r -> Counter.builder("hms.example").tags(meters.tags()).register(r))
 *         .ifPresent(Counter::increment);
 * meters.close();                                                        // the meters leave the registry
 * }</pre>
 *
 * <p>A name is held from {@link #claim} to {@link #close()}; while held, the registry shows a gauge
 * {@value #LIVE} (value 1) with the name in its tag. The names held are read from the registry itself,
 * so runtimes sharing a registry share nothing else. A runtime given no name takes the first of
 * {@code hms-1}, {@code hms-2}, … not held; one given a name another holds is refused, because their
 * meters would be one and the same.
 *
 * <p>Thread-safe. Claims on one registry are serialized by locking the registry object (Micrometer locks
 * a private object of its own, so this waits only for other claims and closes).
 */
public final class RuntimeMeters implements AutoCloseable {

    /** The tag that names the runtime on every HMS meter. */
    public static final String TAG = "hms.runtime";

    /** The gauge that shows a live runtime, 1 while its name is held. */
    public static final String LIVE = "hms.runtime.live";

    /** The first part of the names given to runtimes not named by their host. */
    public static final String DEFAULT_NAME_PREFIX = "hms-";

    private final MeterRegistry registry;
    private final String name;
    private final Tags tags;
    private final Map<Meter.Id, Meter> registered = new LinkedHashMap<>();
    private boolean closed;

    private RuntimeMeters(MeterRegistry registry, String name) {
        this.registry = registry;
        this.name = name;
        this.tags = Tags.of(TAG, name);
    }

    /**
     * Takes {@code nameOrNull} for a runtime's meters on {@code registry}, or the first free default name.
     *
     * @throws IllegalStateException if another live runtime on the registry holds the name
     */
    public static RuntimeMeters claim(MeterRegistry registry, String nameOrNull) {
        Objects.requireNonNull(registry, "registry");
        if (nameOrNull != null && nameOrNull.isBlank()) {
            throw new IllegalArgumentException("a runtime's meter name must not be blank; pass null for a default");
        }
        synchronized (registry) {
            Set<String> held = heldNames(registry);
            String name = nameOrNull != null ? nameOrNull : firstFree(held);
            if (held.contains(name)) {
                throw new IllegalStateException("another live HMS runtime on this MeterRegistry is named '" + name
                        + "' (meter tag " + TAG + "), and the two would share their meters; name this one "
                        + "differently with Hms.builder().runtimeName(...), or close the other first");
            }
            RuntimeMeters meters = new RuntimeMeters(registry, name);
            meters.register(r -> Gauge.builder(LIVE, () -> 1).tags(meters.tags)
                    .description("1 while the HMS runtime named by the tag " + TAG + " runs").register(r));
            return meters;
        }
    }

    /** The names held on {@code registry}: of its live-runtime gauges, and of any meter with the tag. */
    private static Set<String> heldNames(MeterRegistry registry) {
        Set<String> held = new TreeSet<>();
        for (Meter meter : registry.getMeters()) {
            String holder = meter.getId().getTag(TAG);
            if (holder != null) {
                held.add(holder);
            }
        }
        return held;
    }

    private static String firstFree(Set<String> held) {
        for (int n = 1; ; n++) {
            String candidate = DEFAULT_NAME_PREFIX + n;
            if (!held.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The runtime's name, the value of its {@value #TAG} tag. */
    public String name() {
        return name;
    }

    /** The tags every meter of the runtime carries: {@value #TAG} and the name. */
    public Tags tags() {
        return tags;
    }

    /** The registry the meters are on. */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * Registers a meter through {@code registration} (which must add {@link #tags()}) and keeps it for
     * {@link #close()}; registering one that exists answers the existing meter.
     *
     * @return the meter, or empty once closed (nothing is registered then)
     */
    public synchronized <M extends Meter> Optional<M> register(Function<MeterRegistry, M> registration) {
        if (closed) {
            return Optional.empty();
        }
        M meter = registration.apply(registry);
        registered.putIfAbsent(meter.getId(), meter);
        return Optional.of(meter);
    }

    /** Whether {@link #close()} was called. */
    public synchronized boolean closed() {
        return closed;
    }

    /** Removes every meter registered through this from the registry, the live gauge last; idempotent. */
    @Override
    public void close() {
        List<Meter> meters;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            meters = new ArrayList<>(registered.values());
            registered.clear();
        }
        synchronized (registry) {
            for (int i = meters.size() - 1; i >= 0; i--) { // the live gauge came first
                registry.remove(meters.get(i));
            }
        }
    }

    @Override
    public String toString() {
        return "RuntimeMeters[" + name + (closed() ? ", closed" : "") + "]";
    }
}
