package io.hms.core.swarm;

import io.hms.api.Subscription;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.SwarmReport;
import io.hms.api.spi.SwarmReport.ComponentState;
import io.hms.api.spi.SwarmReport.NodeState;
import io.hms.core.time.Cancellable;
import io.hms.core.time.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is happening to each component across the cluster, from every instance's reports: each instance tells
 * the others its components' health, breaker, open incident and policy version ({@link NodeState}) every
 * {@code every}, and soon after a change ({@link #changed()}); here the latest of each instance is kept, and
 * one older than {@code staleAfter} is left out of the answers (its instance is gone or cut off).
 *
 * <pre>{@code
 * for (Sighting s : hms.swarm().component("inventory")) {
 *     log.info("{}: {} breaker {} incident {}", s.nodeId(), s.state().health(), s.state().breaker(), s.state().openIncident());
 * }
 * }</pre>
 *
 * <p>Telling never waits on the cluster; a report that cannot be told is dropped and the next one carries the
 * news. Thread-safe.
 */
public final class SwarmView implements AutoCloseable {

    /** How often an instance tells its components' state by default. */
    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(SwarmView.class);
    private static final Duration COALESCE = Duration.ofMillis(200);

    private final Coordinator coordinator;
    private final Scheduler scheduler;
    private final Duration every;
    private final Duration staleAfter;
    private final Supplier<List<ComponentState>> local;
    private final Map<String, Arrival> others = new ConcurrentHashMap<>();
    private final AtomicBoolean tellSoon = new AtomicBoolean();
    private volatile Subscription heard;
    private volatile Cancellable ticks;
    private volatile boolean closed;

    /**
     * @param coordinator the cluster's coordinator
     * @param scheduler   the clock of ages and the ticks
     * @param every       how often this instance tells its state
     * @param staleAfter  the age past which another instance's report is left out
     * @param local       this instance's components, read when told and when asked
     */
    public SwarmView(Coordinator coordinator, Scheduler scheduler, Duration every, Duration staleAfter,
                     Supplier<List<ComponentState>> local) {
        this.coordinator = coordinator;
        this.scheduler = scheduler;
        this.every = every;
        this.staleAfter = staleAfter;
        this.local = local;
    }

    /** Listens to the others and starts telling this instance's state. */
    public void start() {
        heard = coordinator.onReport(this::hear);
        ticks = scheduler.scheduleAtFixedRate(every, this::tell);
        changed();
    }

    /** Something changed here: tell the cluster soon (changes within a moment are told together). */
    public void changed() {
        if (!closed && tellSoon.compareAndSet(false, true)) {
            scheduler.schedule(COALESCE, () -> {
                tellSoon.set(false);
                tell();
            });
        }
    }

    /** Every instance's view of {@code component} that is fresh, this instance's first, then by instance id. */
    public List<Sighting> component(String component) {
        List<Sighting> sightings = new ArrayList<>();
        for (ComponentState state : local.get()) {
            if (state.component().equals(component)) {
                sightings.add(new Sighting(coordinator.nodeId(), state, Duration.ZERO));
            }
        }
        long now = scheduler.nanoTime();
        others.values().stream().sorted(Comparator.comparing(a -> a.state.nodeId())).forEach(arrival -> {
            Duration age = Duration.ofNanos(now - arrival.nanos);
            if (age.compareTo(staleAfter) <= 0) {
                arrival.state.components().stream().filter(c -> c.component().equals(component))
                        .forEach(c -> sightings.add(new Sighting(arrival.state.nodeId(), c, age)));
            }
        });
        return sightings;
    }

    private void hear(SwarmReport report) {
        if (report instanceof NodeState state && !state.nodeId().equals(coordinator.nodeId())) {
            others.put(state.nodeId(), new Arrival(state, scheduler.nanoTime()));
        }
    }

    private void tell() {
        if (closed) {
            return;
        }
        try {
            coordinator.publish(new NodeState(coordinator.nodeId(), local.get())).whenComplete((done, error) -> {
                if (error != null) {
                    LOG.debug("this instance's state not told to the cluster: {}", error.toString());
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("this instance's state not told to the cluster", e);
        }
    }

    /** Stops telling and listening. */
    @Override
    public void close() {
        closed = true;
        Cancellable t = ticks;
        if (t != null) {
            t.cancel();
        }
        Subscription s = heard;
        if (s != null) {
            s.close();
        }
    }

    private record Arrival(NodeState state, long nanos) {
    }
}
