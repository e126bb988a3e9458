package io.hms.core.chaos;

import io.hms.api.HealthStatus;
import io.hms.api.Subscription;
import io.hms.api.event.ChaosInjected;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.GenerationEvaluated;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.RepairAttempted;
import io.hms.api.event.RepairOutcome;
import io.hms.core.event.EventBus;
import io.hms.core.metrics.OptimizerConvergence;
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
import java.util.Map;
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
 *   <tr><td>{@code hms.repair.success.rate}</td><td>gauge</td><td>level</td><td>repair steps VERIFIED over steps run, per level</td></tr>
 * </table>
 *
 * <p>The optimizer's convergence speed is in the {@link #snapshot()} too ({@link OptimizerConvergence}); its
 * meters are {@code hms.optimizer.convergence.*}, published by the runtime's metrics whether or not chaos is on.
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
    private volatile MeterRegistry registry;

    /** @param events the bus whose events feed the alarm and repair figures */
    public ChaosMetrics(EventBus events) {
        this.events = events;
    }

    @Override
    public synchronized void bindTo(MeterRegistry meterRegistry) {
        this.registry = meterRegistry;
        Gauge.builder("hms.monitor.false.positive.rate", this, m -> m.snapshot().falsePositiveRate())
                .description("monitor alarms while no fault was injected, over all alarms").register(meterRegistry);
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
        MeterRegistry meters = registry;
        if (meters == null) {
            return;
        }
        String component = report.experiment().component();
        String fault = report.experiment().fault().kind().tag();
        report.figures().recovery().ifPresent(d -> timer(meters, "hms.chaos.mttr", component, fault).record(d));
        report.figures().detection().ifPresent(d -> timer(meters, "hms.chaos.detection", component, fault).record(d));
        Counter.builder("hms.chaos.experiments").tag("experiment", report.experiment().name())
                .tag("outcome", report.outcome().name().toLowerCase()).register(meters).increment();
    }

    private static Timer timer(MeterRegistry meters, String name, String component, String fault) {
        return Timer.builder(name).tag("component", component).tag("fault", fault).publishPercentiles(0.5, 0.95)
                .register(meters);
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
            case GenerationEvaluated e -> convergence.accept(e);
            case RepairAttempted e -> {
                long[] counts = repairs.computeIfAbsent(e.level(), level -> {
                    long[] fresh = new long[2];
                    MeterRegistry meters = registry;
                    if (meters != null) {
                        Gauge.builder("hms.repair.success.rate", fresh, c -> c[0] == 0 ? 0 : (double) c[1] / c[0])
                                .tag("level", Integer.toString(level)).register(meters);
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
        MeterRegistry meters = registry;
        if (meters != null) {
            Counter.builder("hms.monitor.alarms").tag("component", e.component()).tag("fault", caused ? "injected" : "none")
                    .register(meters).increment();
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

    /** Stops following events; the meters stay registered. */
    @Override
    public synchronized void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
