package io.hms.core.monitor.anomaly;

import io.hms.api.event.AnomalyDetected;
import io.hms.api.spi.AnomalyDetector;
import io.hms.api.spi.AnomalyDetectorProvider;
import io.hms.core.time.Cancellable;
import io.hms.core.time.InFlightWork;
import io.hms.core.time.Scheduler;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor's early warning: every {@link AnomalyOptions#tick()} it samples each component's signals
 * (call latency, error and refusal rates, call rate, concurrency limit, health-check latency; see
 * {@link ComponentSignals}) and gives them to the component's {@link AnomalyDetector}; an anomaly that lasts
 * {@link AnomalyOptions#sustain()} ticks ({@link AnomalyEpisode}) is published as {@link AnomalyDetected}
 * with what was expected against what was seen. The hot path is untouched: the counters are the guard's own,
 * read once per tick.
 *
 * <pre>{@code
 * AnomalyWatch watch = new AnomalyWatch(AnomalyOptions.defaults(), provider, scheduler, executor, work,
 *         registry::componentNames, counts, monitor::checkLatencyMillis, events::publish, component -> { });
 * watch.start();
 * }</pre>
 *
 * <p>A tick runs on {@code executor}, never on the scheduler's thread; a tick that finds the previous one
 * still running is skipped. A detector that throws is dropped for its component (logged once) and the others
 * go on. Thread-safe; {@link #close()} stops the timer.
 */
public final class AnomalyWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnomalyWatch.class);

    private final AnomalyOptions options;
    private final AnomalyDetectorProvider provider;
    private final Scheduler scheduler;
    private final Executor executor;
    private final InFlightWork work;
    private final Supplier<Set<String>> components;
    private final Function<String, Optional<CallCounts>> calls;
    private final ToDoubleFunction<String> checkMillis;
    private final Consumer<AnomalyDetected> raise;
    private final Consumer<String> over;
    private final Map<String, Watched> watched = new HashMap<>(); // touched by the tick only
    private final AtomicBoolean ticking = new AtomicBoolean();
    private long ticks;
    private Cancellable timer;

    /**
     * @param options     the tick, the episodes, the seed
     * @param provider    creates each component's detector
     * @param scheduler   the clock and the timer
     * @param executor    runs the ticks
     * @param work        counts a tick while it runs, so a manual clock waits for it
     * @param components  the components to watch, asked each tick
     * @param calls       a component's call counters now, if it has a guard
     * @param checkMillis how long a component's slowest health check took last, NaN if none ran
     * @param raise       publishes an anomaly (and responds to it)
     * @param over        told a component's name when its raised anomaly is over (after the calm ticks)
     */
    public AnomalyWatch(AnomalyOptions options, AnomalyDetectorProvider provider, Scheduler scheduler,
                        Executor executor, InFlightWork work, Supplier<Set<String>> components,
                        Function<String, Optional<CallCounts>> calls, ToDoubleFunction<String> checkMillis,
                        Consumer<AnomalyDetected> raise, Consumer<String> over) {
        this.options = options;
        this.provider = provider;
        this.scheduler = scheduler;
        this.executor = executor;
        this.work = work;
        this.components = components;
        this.calls = calls;
        this.checkMillis = checkMillis;
        this.raise = raise;
        this.over = over;
    }

    /**
     * The first {@link AnomalyDetectorProvider} in {@code loader}, or empty. Never throws: a provider that
     * fails to load is logged and left out.
     */
    public static Optional<AnomalyDetectorProvider> discover(ClassLoader loader) {
        try {
            Iterator<AnomalyDetectorProvider> found = ServiceLoader.load(AnomalyDetectorProvider.class, loader)
                    .iterator();
            if (found.hasNext()) {
                return Optional.of(found.next());
            }
        } catch (ServiceConfigurationError | RuntimeException e) {
            LOG.warn("the anomaly detector provider failed ({}); the monitor raises no anomaly", e.toString());
        }
        return Optional.empty();
    }

    /** Starts the ticks. */
    public synchronized void start() {
        if (timer == null) {
            timer = scheduler.scheduleAtFixedRate(options.tick(), this::onTimer);
        }
    }

    private void onTimer() {
        if (!ticking.compareAndSet(false, true)) {
            return; // the previous tick still runs
        }
        work.begin();
        try {
            executor.execute(() -> {
                try {
                    tick();
                } finally {
                    ticking.set(false);
                    work.end();
                }
            });
        } catch (RejectedExecutionException e) {
            ticking.set(false);
            work.end();
        }
    }

    /** One tick over every component; runs on the executor, one at a time. */
    private void tick() {
        long tick = ticks++;
        double seconds = options.tick().toNanos() / 1e9;
        Set<String> now = components.get();
        watched.keySet().retainAll(now);
        for (String component : now) {
            Watched w = watched.computeIfAbsent(component, this::watch);
            if (w.detector == null) {
                continue;
            }
            double[] values = w.signals.sample(calls.apply(component).orElse(null),
                    checkMillis.applyAsDouble(component), seconds);
            AnomalyDetector.Reading reading;
            try {
                reading = w.detector.observe(tick, ComponentSignals.scaled(values));
            } catch (RuntimeException e) {
                LOG.warn("the anomaly detector of {} failed and is dropped; the other components' go on", component, e);
                w.detector = null;
                continue;
            }
            int lasted = w.episode.update(reading.grade());
            if (lasted > 0) {
                AnomalyDetected anomaly = new AnomalyDetected(scheduler.now(), component, reading.grade(),
                        reading.score(), lasted, signals(values, reading.expected()));
                try {
                    raise.accept(anomaly);
                } catch (RuntimeException e) {
                    LOG.warn("raising {} failed; the watch goes on", anomaly, e);
                }
            } else if (w.episode.ended()) {
                try {
                    over.accept(component);
                } catch (RuntimeException e) {
                    LOG.warn("the end of the anomaly of {} could not be handled; the watch goes on", component, e);
                }
            }
        }
    }

    private Watched watch(String component) {
        try {
            return new Watched(provider.create(component, ComponentSignals.NAMES,
                    options.seed() * 31 + component.hashCode()),
                    new ComponentSignals(), new AnomalyEpisode(options.sustain(), options.calm()));
        } catch (RuntimeException e) {
            LOG.warn("no anomaly detector for {}: {} failed to create one", component, provider.name(), e);
            return new Watched(null, null, null);
        }
    }

    /** The signals as seen and expected, in their own units, the farthest from expectation first. */
    private static List<AnomalyDetected.Signal> signals(double[] seen, double[] expectedScaled) {
        boolean known = expectedScaled.length == seen.length;
        double[] scaledSeen = ComponentSignals.scaled(seen);
        return IntStream.range(0, seen.length).boxed()
                .sorted(Comparator.comparingDouble(i -> known ? -Math.abs(scaledSeen[i] - expectedScaled[i]) : 0))
                .map(i -> new AnomalyDetected.Signal(ComponentSignals.NAMES.get(i),
                        known ? ComponentSignals.unscaled(i, expectedScaled[i]) : Double.NaN, seen[i]))
                .toList();
    }

    /** Stops the ticks; a tick under way finishes. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private static final class Watched {
        private AnomalyDetector detector;
        private final ComponentSignals signals;
        private final AnomalyEpisode episode;

        Watched(AnomalyDetector detector, ComponentSignals signals, AnomalyEpisode episode) {
            this.detector = detector;
            this.signals = signals;
            this.episode = episode;
        }
    }
}
