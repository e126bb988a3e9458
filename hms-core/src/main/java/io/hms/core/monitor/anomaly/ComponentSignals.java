package io.hms.core.monitor.anomaly;

import java.util.List;

/**
 * One component's signals per tick, read from what the runtime already counts (never per call): the mean
 * latency of its calls, the share that failed, the share refused (breaker or limit), calls per second, its
 * concurrency limit, and how long its health checks took. A tick without calls repeats the last latency.
 * The detector gets them on a log scale ({@link #scaled}), so a latency that doubles moves as far at 10 ms
 * as at 1 s; {@code AnomalyBenchmark} scales its synthetic signals the same way. Not thread-safe: one per
 * component, read by one thread.
 */
public final class ComponentSignals {

    /** The signals' names, in the order of {@link #sample}'s values. */
    public static final List<String> NAMES = List.of("call.latency.ms", "call.error.rate", "call.refusal.rate", "call.rate",
            "guard.limit", "check.latency.ms");
    /** Keeps the log of a rate off minus infinity: a change from 0 to 1 % counts, one from 0 to 0.01 % little. */
    private static final double RATE_FLOOR = 0.01;

    private CallCounts previous;
    private double latencyMillis;

    ComponentSignals() {
    }

    /**
     * This tick's values: {@code calls} may be null (a component nobody calls through a guard), and
     * {@code checkMillis} NaN (no check has run).
     */
    double[] sample(CallCounts calls, double checkMillis, double tickSeconds) {
        double[] v = new double[NAMES.size()];
        if (calls != null) {
            CallCounts before = previous == null ? new CallCounts(0, 0, 0, 0, 0) : previous;
            previous = calls;
            long successes = calls.successes() - before.successes();
            long failures = calls.failures() - before.failures();
            long refused = calls.refused() - before.refused();
            long completed = successes + failures;
            if (completed > 0) {
                latencyMillis = (calls.latencyNanos() - before.latencyNanos()) / 1e6 / completed;
            }
            long all = completed + refused;
            v[1] = completed == 0 ? 0 : (double) failures / completed;
            v[2] = all == 0 ? 0 : (double) refused / all;
            v[3] = all / tickSeconds;
            v[4] = calls.limit();
        }
        v[0] = latencyMillis;
        v[5] = Double.isNaN(checkMillis) ? 0 : checkMillis;
        return v;
    }

    /** {@code values} as the detector gets them: the log of each, rates above a floor. */
    public static double[] scaled(double[] values) {
        double[] s = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = Math.log(values[i] + floor(i));
        }
        return s;
    }

    /** A scaled value back in the signal's own unit. */
    static double unscaled(int signal, double scaled) {
        return Math.max(0, Math.exp(scaled) - floor(signal));
    }

    private static double floor(int signal) {
        return signal == 1 || signal == 2 ? RATE_FLOOR : 1;
    }
}
