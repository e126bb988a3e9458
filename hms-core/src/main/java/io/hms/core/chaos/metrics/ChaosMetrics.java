package io.hms.core.chaos.metrics;

import io.hms.api.HealthStatus;
import io.hms.api.Subscription;
import io.hms.api.event.AnomalyDetected;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.RepairAttempted;
import io.hms.api.event.RepairOutcome;
import io.hms.core.chaos.experiment.ExperimentReport;
import io.hms.core.event.EventBus;
import io.hms.core.metrics.OptimizerConvergence;
import io.hms.core.metrics.RuntimeMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The meta-metrics that prove healing works, as meters and as a {@link #snapshot()} for reports:
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>meaning</th></tr>
 *   <tr><td>{@code hms.chaos.mttr}</td><td>timer (p50, p95)</td><td>component, fault</td><td>experiment recovery: first alarm (or the fault's end) to settled</td></tr>
 *   <tr><td>{@code hms.chaos.detection}</td><td>timer (p50, p95)</td><td>component, fault</td><td>injection to the first alarm</td></tr>
 *   <tr><td>{@code hms.chaos.experiments}</td><td>counter</td><td>experiment, outcome</td><td>experiment runs</td></tr>
 *   <tr><td>{@code hms.monitor.alarms}</td><td>counter</td><td>component, fault</td><td>the monitor judged a component DOWN;
 *       {@code fault=none} when no chaos fault was injected on it (or on the JVM) and none ended in the
 *       last {@value #GRACE_SECONDS} s: a false positive</td></tr>
 *   <tr><td>{@code hms.monitor.false.positive.rate}</td><td>gauge</td><td></td><td>false-positive alarms over all alarms</td></tr>
 *   <tr><td>{@code hms.monitor.anomaly.alarms}</td><td>counter</td><td>component, fault</td><td>the monitor raised an
 *       anomaly; {@code fault} is {@code injected} or {@code none} as for alarms, so the rate of {@code none} is
 *       the early warnings' false alarms per hour</td></tr>
 *   <tr><td>{@code hms.repair.success.rate}</td><td>gauge</td><td>level</td><td>repair steps VERIFIED over steps run, per level</td></tr>
 * </table>
 *
 * <p>The optimizer's convergence speed is in the {@link #snapshot()} too ({@link OptimizerConvergence}); its
 * meters are {@code hms.optimizer.convergence.*}, published by the runtime's metrics whether or not chaos is on.
 *
 * <p>Every meter carries the runtime's {@value RuntimeMeters#TAG} tag too: bound to a runtime's
 * {@link RuntimeMeters} (the runtime does so with its {@code HmsMetrics}' meters), the meters join that
 * runtime's and leave the registry with them; bound to a bare registry, they take a name of their own
 * there and leave it on {@link #close()}.
 *
 * <pre>{@code
 * ChaosMetrics meta = new ChaosMetrics(events);
 * meta.bindTo(meterRegistry);
 * experiments.onReport(meta::record);
 * }</pre>
 *
 * Thread-safe; {@link #close()} stops following events.
 */
public final class ChaosMetrics implements MeterBinder, AutoCloseable {

    static final int GRACE_SECONDS = 2;

    private final EventBus events;
    private final Map<String, Integer> activeFaults = new HashMap<>();
    private final Map<String, Instant> lastRevert = new HashMap<>();
    private final AtomicLong alarms = new AtomicLong();
    private final AtomicLong falseAlarms = new AtomicLong();
    private final Map<Integer, long[]> repairs = new ConcurrentHashMap<>();
    private final Map<String, List<Duration>> mttr = new TreeMap<>();
    private final Map<String, List<Duration>> detection = new TreeMap<>();
    private final OptimizerConvergence convergence = new OptimizerConvergence();
    private Subscription subscription;
    private volatile RuntimeMeters meters;
    private boolean ownsMeters;

    /** @param events the bus whose events feed the alarm and repair figures */
    public ChaosMetrics(EventBus events) {
        this.events = events;
    }

    /**
     * Registers the meters on {@code meterRegistry} under a runtime name of their own (the first free
     * {@code hms-N}), and follows the events; {@link #close()} removes them.
     *
     * @throws IllegalStateException when bound already
     */
    @Override
    public synchronized void bindTo(MeterRegistry meterRegistry) {
        requireUnbound();
        bind(RuntimeMeters.claim(meterRegistry, null), true);
    }

    /**
     * Registers the meters among a runtime's, with its tag, and follows the events; they leave the registry
     * when {@code runtimeMeters} is closed.
     *
     * @throws IllegalStateException when bound already
     */
    public synchronized void bindTo(RuntimeMeters runtimeMeters) {
        requireUnbound();
        bind(runtimeMeters, false);
    }

    private void requireUnbound() {
        if (meters != null) {
            throw new IllegalStateException("these chaos metrics are bound already, as " + meters.name()
                    + "; create other ChaosMetrics for another registry");
        }
    }

    private void bind(RuntimeMeters runtimeMeters, boolean owned) {
        this.meters = runtimeMeters;
        this.ownsMeters = owned;
        runtimeMeters.register(r -> Gauge.builder("hms.monitor.false.positive.rate", this,
                        m -> m.snapshot().falsePositiveRate()).tags(runtimeMeters.tags())
                .description("monitor alarms while no fault was injected, over all alarms").register(r));
        if (subscription == null) {
            subscription = events.subscribe(HmsEvent.class, this::onEvent);
        }
    }

    /** Adds an experiment report's detection and recovery to the figures. */
    public void record(ExperimentReport report) {
        String key = report.experiment().component() + "/" + report.experiment().fault().kind().tag();
        synchronized (this) {
            report.figures().recovery().ifPresent(d -> mttr.computeIfAbsent(key, k -> new ArrayList<>()).add(d));
            report.figures().detection().ifPresent(d -> detection.computeIfAbsent(key, k -> new ArrayList<>()).add(d));
        }
        RuntimeMeters m = meters;
        if (m == null) {
            return;
        }
        String component = report.experiment().component();
        String fault = report.experiment().fault().kind().tag();
        report.figures().recovery().ifPresent(d -> timer(m, "hms.chaos.mttr", component, fault)
                .ifPresent(t -> t.record(d)));
        report.figures().detection().ifPresent(d -> timer(m, "hms.chaos.detection", component, fault)
                .ifPresent(t -> t.record(d)));
        m.register(r -> Counter.builder("hms.chaos.experiments").tags(m.tags())
                        .tag("experiment", report.experiment().name())
                        .tag("outcome", report.outcome().name().toLowerCase(Locale.ROOT)).register(r))
                .ifPresent(Counter::increment);
    }

    private static Optional<Timer> timer(RuntimeMeters m, String name, String component, String fault) {
        return m.register(r -> Timer.builder(name).tags(m.tags()).tag("component", component).tag("fault", fault)
                .publishPercentiles(0.5, 0.95).register(r));
    }

    void onEvent(HmsEvent event) {
        switch (event) {
            case ChaosInjected e -> {
                synchronized (this) {
                    activeFaults.merge(e.target(), 1, Integer::sum);
                }
            }
            case ChaosReverted e -> {
                synchronized (this) {
                    activeFaults.merge(e.target(), -1, Integer::sum);
                    lastRevert.put(e.target(), e.time());
                }
            }
            case HealthChanged e when e.current().status() == HealthStatus.DOWN -> alarm(e);
            case AnomalyDetected e -> earlyWarning(e);
            case GenerationEvaluated e -> convergence.accept(e);
            case RepairAttempted e -> {
                long[] counts = repairs.computeIfAbsent(e.level(), level -> {
                    long[] fresh = new long[2];
                    RuntimeMeters m = meters;
                    if (m != null) {
                        m.register(r -> Gauge.builder("hms.repair.success.rate", fresh,
                                        c -> c[0] == 0 ? 0 : (double) c[1] / c[0])
                                .tags(m.tags()).tag("level", Integer.toString(level)).register(r));
                    }
                    return fresh;
                });
                synchronized (counts) {
                    counts[0]++;
                    counts[1] += e.outcome() == RepairOutcome.VERIFIED ? 1 : 0;
                }
            }
            default -> { }
        }
    }

    private void alarm(HealthChanged e) {
        boolean caused;
        synchronized (this) {
            caused = injected(e.component(), e.time()) || injected(ChaosInjected.PROCESS, e.time());
        }
        alarms.incrementAndGet();
        if (!caused) {
            falseAlarms.incrementAndGet();
        }
        RuntimeMeters m = meters;
        if (m != null) {
            m.register(r -> Counter.builder("hms.monitor.alarms").tags(m.tags()).tag("component", e.component())
                    .tag("fault", caused ? "injected" : "none").register(r)).ifPresent(Counter::increment);
        }
    }

    /** An anomaly the monitor raised, counted as caused by a fault or not, as alarms are. */
    private void earlyWarning(AnomalyDetected e) {
        boolean caused;
        synchronized (this) {
            caused = injected(e.component(), e.time()) || injected(ChaosInjected.PROCESS, e.time());
        }
        RuntimeMeters m = meters;
        if (m != null) {
            m.register(r -> Counter.builder("hms.monitor.anomaly.alarms").tags(m.tags()).tag("component", e.component())
                    .tag("fault", caused ? "injected" : "none").register(r)).ifPresent(Counter::increment);
        }
    }

    private boolean injected(String target, Instant at) {
        Instant reverted = lastRevert.get(target);
        return activeFaults.getOrDefault(target, 0) > 0
                || reverted != null && !at.isAfter(reverted.plusSeconds(GRACE_SECONDS));
    }

    /** The figures now. */
    public synchronized Snapshot snapshot() {
        Map<String, Distribution> m = new TreeMap<>();
        mttr.forEach((k, v) -> m.put(k, Distribution.of(v)));
        Map<String, Distribution> d = new TreeMap<>();
        detection.forEach((k, v) -> d.put(k, Distribution.of(v)));
        Map<Integer, Double> success = new TreeMap<>();
        repairs.forEach((level, c) -> {
            synchronized (c) {
                success.put(level, c[0] == 0 ? 0.0 : (double) c[1] / c[0]);
            }
        });
        long all = alarms.get();
        return new Snapshot(m, d, all, falseAlarms.get(), all == 0 ? 0.0 : (double) falseAlarms.get() / all, success,
                convergence.runs());
    }

    /**
     * The meta-metrics at one moment. Keys of the distributions are {@code component/fault}.
     *
     * @param mttr              recovery time per component and fault kind
     * @param detection         detection time per component and fault kind
     * @param alarms            monitor alarms (DOWN judgements)
     * @param falseAlarms       of those, alarms while no fault was injected
     * @param falsePositiveRate falseAlarms / alarms; 0 without alarms
     * @param repairSuccess     share of VERIFIED repair steps per level
     * @param optimizerRuns     the optimizer's runs and how fast each converged
     */
    public record Snapshot(Map<String, Distribution> mttr, Map<String, Distribution> detection, long alarms,
                           long falseAlarms, double falsePositiveRate, Map<Integer, Double> repairSuccess,
                           List<OptimizerConvergence.Run> optimizerRuns) {

        /** Copies the maps and the list. */
        public Snapshot {
            mttr = Map.copyOf(mttr);
            detection = Map.copyOf(detection);
            repairSuccess = Map.copyOf(repairSuccess);
            optimizerRuns = List.copyOf(optimizerRuns);
        }
    }

    /**
     * Stops following events; meters bound to a bare registry leave it, those bound to a runtime's meters
     * leave with the runtime's. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (ownsMeters && meters != null) {
            meters.close();
        }
    }
}
