package io.hms.benchmarks.anomaly;

import io.hms.anomaly.RcfAnomalyDetectorProvider;
import io.hms.api.spi.AnomalyDetector;
import io.hms.core.monitor.anomaly.AnomalyEpisode;
import io.hms.core.monitor.anomaly.AnomalyOptions;
import io.hms.core.monitor.anomaly.ComponentSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How early the monitor's anomaly detection warns, and how often it cries wolf: the product's detector
 * ({@link RcfAnomalyDetectorProvider}) and episode rule ({@link AnomalyEpisode} with the defaults of
 * {@link AnomalyOptions}) on synthetic per-tick signals (one tick a second) of the six kinds the monitor
 * samples, scaled as the monitor scales them ({@link ComponentSignals#scaled}).
 *
 * <ul>
 *   <li><b>Degradations with a labelled onset</b>, after one to two hours of diurnal traffic: a slow
 *       degradation (latency and check latency up to 10×, errors up 30 points), a latency creep (up to 10×), an
 *       error creep (up 50 points), each over 10 to 30 minutes. The health check fails once its latency is 5×
 *       the usual or the error rate 25 %, and the component is DOWN after 3 failing checks in a row (the
 *       default hysteresis). A degradation counts as flagged when an anomaly was raised after its onset and
 *       before DOWN; the lead time is the time between.</li>
 *   <li><b>Healthy traffic</b>, 24 hours each: steady noise, and a diurnal load (calls ±50 % over the day,
 *       latency following the load a little). Every anomaly raised is a false alarm.</li>
 * </ul>
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.hms.benchmarks.anomaly.AnomalyBenchmark [runs] [healthyDays]
 * </pre>
 */
public final class AnomalyBenchmark {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int FAILURES_TO_DOWN = 3;

    private AnomalyBenchmark() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int healthyDays = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        AnomalyOptions options = AnomalyOptions.defaults();
        System.out.printf(Locale.ROOT, "anomaly detection: %s, sustain %d ticks, calm %d ticks; %d runs per degradation%n",
                new RcfAnomalyDetectorProvider().name(), options.sustain(), options.calm(), runs);
        int flaggedAll = 0;
        int totalAll = 0;
        for (Degradation kind : Degradation.values()) {
            List<Double> leads = new ArrayList<>();
            int early = 0;
            for (int run = 0; run < runs; run++) {
                Outcome o = degrade(kind, run, options);
                early += o.falseAlarms;
                if (o.leadSeconds >= 0) {
                    leads.add(o.leadSeconds);
                }
            }
            flaggedAll += leads.size();
            totalAll += runs;
            leads.sort(Double::compare);
            System.out.printf(Locale.ROOT, "%-18s flagged before DOWN %2d of %2d (%3.0f %%); lead p10 %s, p50 %s;"
                            + " alarms before the onset %d%n", kind.label, leads.size(), runs, 100.0 * leads.size() / runs,
                    quantile(leads, 0.1), quantile(leads, 0.5), early);
        }
        System.out.printf(Locale.ROOT, "all degradations: %d of %d flagged before DOWN (%.0f %%; goal >= 70 %%)%n",
                flaggedAll, totalAll, 100.0 * flaggedAll / totalAll);
        int alarms = 0;
        for (int day = 0; day < healthyDays; day++) {
            for (boolean diurnal : new boolean[] {false, true}) {
                alarms += healthy(diurnal, day, options);
            }
        }
        double perDay = alarms / (2.0 * healthyDays);
        System.out.printf(Locale.ROOT, "healthy: %d false alarms in %d component-days (steady and diurnal): %.2f per"
                + " 24 h (goal <= 1)%n", alarms, 2 * healthyDays, perDay);
    }

    private static String quantile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.0f s", sorted.get((int) Math.floor(q * (sorted.size() - 1))));
    }

    /** What a degradation does to the signals, as factors of a progress p from 0 (onset) to 1. */
    enum Degradation {
        SLOW("slow degradation", 9, 0.3),
        LATENCY("latency creep", 9, 0),
        ERRORS("error creep", 0, 0.5);

        final String label;
        final double slowdown;
        final double errors;

        Degradation(String label, double slowdown, double errors) {
            this.label = label;
            this.slowdown = slowdown;
            this.errors = errors;
        }
    }

    private record Outcome(double leadSeconds, int falseAlarms) {
    }

    private static Outcome degrade(Degradation kind, int run, AnomalyOptions options) {
        Signals signals = new Signals(1000L + run * 7919L + kind.ordinal(), true);
        AnomalyDetector detector = new RcfAnomalyDetectorProvider().create(kind.label, ComponentSignals.NAMES, run);
        AnomalyEpisode episode = new AnomalyEpisode(options.sustain(), options.calm());
        int onset = 3600 + signals.random.nextInt(3600);
        int span = 600 + signals.random.nextInt(1200);
        int failing = 0;
        int raisedAt = -1;
        int falseAlarms = 0;
        for (int t = 0; t < onset + span + 600; t++) {
            double p = t < onset ? 0 : Math.min(1, (t - onset) / (double) span);
            double slowdown = 1 + kind.slowdown * p;
            double errors = kind.errors * p;
            double[] v = signals.tick(t, slowdown, errors);
            boolean raised = episode.update(detector.observe(t, ComponentSignals.scaled(v)).grade()) > 0;
            if (raised && t < onset) {
                falseAlarms++;
            } else if (raised && raisedAt < 0) {
                raisedAt = t;
            }
            failing = slowdown >= 5 || v[1] >= 0.25 ? failing + 1 : 0;
            if (failing == FAILURES_TO_DOWN) {
                return new Outcome(raisedAt >= 0 ? t - raisedAt : -1, falseAlarms);
            }
        }
        return new Outcome(-1, falseAlarms);
    }

    private static int healthy(boolean diurnal, int day, AnomalyOptions options) {
        Signals signals = new Signals(day * 104_729L + (diurnal ? 1 : 0), diurnal);
        AnomalyDetector detector = new RcfAnomalyDetectorProvider().create("healthy", ComponentSignals.NAMES, day);
        AnomalyEpisode episode = new AnomalyEpisode(options.sustain(), options.calm());
        int alarms = 0;
        for (int t = 0; t < SECONDS_PER_DAY; t++) {
            alarms += episode.update(detector.observe(t, ComponentSignals.scaled(signals.tick(t, 1, 0))).grade()) > 0
                    ? 1 : 0;
        }
        return alarms;
    }

    /** A component's signals per tick, in the units of {@link ComponentSignals#NAMES}. */
    private static final class Signals {
        private final Random random;
        private final boolean diurnal;

        Signals(long seed, boolean diurnal) {
            this.random = new Random(seed);
            this.diurnal = diurnal;
        }

        double[] tick(int t, double slowdown, double addedErrors) {
            double load = diurnal ? 1 + 0.5 * Math.sin(2 * Math.PI * t / SECONDS_PER_DAY) : 1;
            double calls = Math.max(0, 200 * load + Math.sqrt(200 * load) * random.nextGaussian());
            double latency = 20 * (1 + 0.2 * (load - 1)) * Math.exp(0.15 * random.nextGaussian()) * slowdown;
            double errors = Math.min(1, Math.max(0, 0.01 + 0.007 * random.nextGaussian()) + addedErrors);
            double refusals = random.nextDouble() < 0.01 ? 0.005 * random.nextDouble() : 0;
            double limit = 20 + Math.round(2 * random.nextGaussian());
            double check = 5 * Math.exp(0.2 * random.nextGaussian()) * slowdown;
            return new double[] {latency, errors, refusals, calls, Math.max(1, limit), check};
        }
    }
}
