package io.hms.ga.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * Learns a {@link LoadModel} from a trace's attempts: where, as the attempts in flight rise, latency
 * and errors turn. The attempts are grouped by the level in flight at their start; for each candidate
 * capacity {@code C} the levels up to {@code C} give the unloaded latency (geometric mean of successes)
 * and error rate, the levels above give the slopes by least squares through the knee, and the candidate
 * is judged by its misfit: squared errors of the level means in log latency over their pooled variance,
 * plus those of the level error rates over their binomial variance (so, roughly, minus twice a
 * log-likelihood). A knee must pay for its two slopes (a Bayesian-information penalty), so noise does not
 * make one. The plausible models are the candidates whose misfit lies within {@value #PLAUSIBLE_MISFIT}
 * of the best (a 95 % profile interval); when no knee was seen the capacity is only known to be at least
 * the highest level, and larger capacities with a processor-sharing slope join them.
 */
final class LoadFit {

    /** Misfit within this of the best: plausible. */
    static final double PLAUSIBLE_MISFIT = 4.0;
    private static final int MAX_LEVEL = 4096;
    private static final int MIN_UNLOADED_SUCCESSES = 3;

    private final int top; // the highest level seen
    private final long[] successes;
    private final double[] logSum;
    private final long[] attempts;
    private final long[] failures;
    private final double pooledLogVariance;
    private final long total;

    /**
     * @param levels    each attempt's level in flight at its start
     * @param latencies each attempt's latency
     * @param failed    whether each attempt failed or timed out
     */
    LoadFit(int[] levels, long[] latencies, boolean[] failed) {
        int highest = 1;
        for (int level : levels) {
            highest = Math.max(highest, Math.min(MAX_LEVEL, level));
        }
        top = highest;
        successes = new long[top + 1];
        logSum = new double[top + 1];
        double[] logSquares = new double[top + 1];
        attempts = new long[top + 1];
        failures = new long[top + 1];
        for (int i = 0; i < levels.length; i++) {
            int k = Math.min(MAX_LEVEL, levels[i]);
            attempts[k]++;
            if (failed[i]) {
                failures[k]++;
            } else {
                double log = Math.log(Math.max(1_000, latencies[i]));
                successes[k]++;
                logSum[k] += log;
                logSquares[k] += log * log;
            }
        }
        double within = 0;
        long freedom = 0;
        for (int k = 1; k <= top; k++) {
            if (successes[k] > 1) {
                double mean = logSum[k] / successes[k];
                within += logSquares[k] - successes[k] * mean * mean;
                freedom += successes[k] - 1;
            }
        }
        pooledLogVariance = Math.max(1e-4, freedom == 0 ? 0.05 : within / freedom);
        total = levels.length;
    }

    /** The best model first, then the other plausible ones, at most {@code max} in all, spread over the interval. */
    List<LoadModel> plausible(int max) {
        List<double[]> fits = new ArrayList<>(); // {capacity, latencySlope, errorSlope, misfit}
        for (int c = 1; c <= top; c++) {
            double[] fit = fit(c);
            if (fit != null) {
                fits.add(fit);
            }
        }
        if (fits.isEmpty()) { // no level with successes enough to say what unloaded means
            return List.of(LoadModel.insensitive());
        }
        double[] best = fits.get(0);
        for (double[] f : fits) {
            if (f[3] < best[3]) {
                best = f;
            }
        }
        List<LoadModel> models = new ArrayList<>();
        models.add(model(best));
        List<LoadModel> others = new ArrayList<>();
        for (double[] f : fits) {
            if (f != best && f[3] <= best[3] + PLAUSIBLE_MISFIT) {
                others.add(model(f));
            }
        }
        if (best[0] >= top) { // no knee seen: the capacity is at least the highest level
            for (double factor : new double[] {1.5, 2, 4}) {
                others.add(new LoadModel(top * factor, 1.0, best[2]));
            }
        }
        int room = Math.max(0, max - 1);
        for (int i = 0; i < Math.min(room, others.size()); i++) { // evenly over the interval, ends included
            int at = room >= others.size() ? i : (int) Math.round(i * (others.size() - 1) / Math.max(1.0, room - 1));
            models.add(others.get(at));
        }
        return models;
    }

    private static LoadModel model(double[] fit) {
        return new LoadModel(fit[0], fit[1], fit[2]);
    }

    /** The fit with capacity {@code c}: {capacity, latency slope, error slope, misfit}, or null without unloaded data. */
    private double[] fit(int c) {
        long okBelow = 0;
        double logBelow = 0;
        long allBelow = 0;
        long failBelow = 0;
        for (int k = 1; k <= c; k++) {
            okBelow += successes[k];
            logBelow += logSum[k];
            allBelow += attempts[k];
            failBelow += failures[k];
        }
        if (okBelow < MIN_UNLOADED_SUCCESSES) {
            return null;
        }
        double unloadedLog = logBelow / okBelow;
        double unloadedError = (double) failBelow / allBelow;
        double sxr = 0;
        double sxx = 0;
        double sxf = 0;
        double sxxAll = 0;
        for (int k = c + 1; k <= top; k++) {
            double x = (double) (k - c) / c;
            if (successes[k] > 0) {
                double ratio = Math.exp(logSum[k] / successes[k] - unloadedLog) - 1;
                sxr += successes[k] * x * ratio;
                sxx += successes[k] * x * x;
            }
            if (attempts[k] > 0) {
                sxf += attempts[k] * x * ((double) failures[k] / attempts[k] - unloadedError);
                sxxAll += attempts[k] * x * x;
            }
        }
        double latencySlope = sxx == 0 ? 0 : Math.min(1000, Math.max(0, sxr / sxx));
        double errorSlope = sxxAll == 0 ? 0 : Math.min(1000, Math.max(0, sxf / sxxAll));
        double misfit = 0;
        double errorVariance = Math.max(0.01, unloadedError * (1 - unloadedError));
        for (int k = 1; k <= top; k++) {
            double x = Math.max(0, (double) (k - c) / c);
            if (successes[k] > 0) {
                double residual = logSum[k] / successes[k] - unloadedLog - Math.log(1 + latencySlope * x);
                misfit += successes[k] * residual * residual / pooledLogVariance;
            }
            if (attempts[k] > 0) {
                double residual = (double) failures[k] / attempts[k] - Math.min(1, unloadedError + errorSlope * x);
                misfit += attempts[k] * residual * residual / errorVariance;
            }
        }
        boolean knee = c < top;
        double capacity = knee ? c : top;
        return new double[] {capacity, latencySlope, errorSlope, misfit + (knee ? 2 * Math.log(Math.max(2, total)) : 0)};
    }
}
