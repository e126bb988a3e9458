package io.hms.ga.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a {@link LoadModel} from a trace's attempts: where, as the attempts in flight rise, latency
 * and errors turn. Each attempt carries the level in flight at its start and its time bucket. For each
 * candidate capacity {@code C} it fits
 *
 * <pre>
 * log latency = a[g] + log(1 + latencySlope * x)      failed = e[g] + errorSlope * x
 * x = max(0, level - C) / C
 * </pre>
 *
 * with g the attempt's group of unloaded terms, by alternating least squares up to four times, with
 * groups that follow time more and more closely (the second only when there is more than one segment, the
 * last two only when there is more than one bucket): one
 * for the whole trace; one per segment of buckets that fail at one rate ({@link FailureSegments}: an outage
 * or a burst is a segment of its own, whatever the level in flight did meanwhile); and per bucket, the
 * failure probability, with the log latency as a line through a value at each bucket's middle, or through
 * values a few round trips apart ({@link Line#paced}), so a latency that rises within a bucket is time's, not
 * load's (the paced line follows one that grows tenfold within the first bucket while the calls in flight
 * pile up from none). Terms that follow time absorb what changes over time (an
 * outage, a slow degradation, a burst), so the slopes are learned only from how attempts of the same moment
 * differ with the load they met: a dependency that gets slower over time is not mistaken for one that load
 * slows, nor an outage whose failing calls hang (and so raise the level in flight) for overload. Which
 * holds is the data's to say: each parameter costs its Bayesian-information penalty (a segment's boundary
 * counts as one), so terms that follow time win only where the dependency did change over time.
 * A candidate is judged by its misfit: squared residuals of log latency over their variance within a
 * (bucket, level) cell, plus those of the failures over their binomial variance (so, roughly, minus twice
 * a log-likelihood). A knee too must pay for its two slopes, so noise does not make one. The plausible
 * models are the candidates whose misfit lies within {@value #PLAUSIBLE_MISFIT} of
 * the best (a 95 % profile interval), times the best fit's misfit per degree of freedom when that is above
 * 1 (data more scattered than the model explains say less, as in quasi-likelihood); when no knee was seen
 * the capacity is only known to be at least the highest level, and larger capacities with a
 * processor-sharing slope join them.
 */
final class LoadFit {

    /** Misfit within this of the best (before the dispersion): plausible. */
    static final double PLAUSIBLE_MISFIT = 4.0;
    private static final int MAX_LEVEL = 4096;
    private static final int ROUNDS = 30;
    /** Keeps a line through knots defined where no success falls next to a knot. */
    private static final double SMOOTHING = 1e-3;

    private final int n;
    private final int top; // the highest level seen
    private final int buckets;
    private final int[] level;
    private final int[] bucket;
    private final int[] pooled; // every attempt in group 0
    private final int[] segmentOf; // each attempt's segment of buckets with one failure rate
    private final int segments;
    private final Line perBucket; // the line through the buckets' middles
    private final Line paced;     // and through points a few round trips apart
    private final double[] logLatency; // NaN for a failed attempt
    private final boolean[] failed;
    private final double logVariance;

    /**
     * @param levels    each attempt's level in flight at its start
     * @param latencies each attempt's latency
     * @param failed    whether each attempt failed or timed out
     * @param bucketOf  each attempt's time bucket, in [0, buckets)
     * @param position  each attempt's start in buckets from the trace's start, in [0, buckets)
     * @param buckets   how many buckets
     */
    LoadFit(int[] levels, long[] latencies, boolean[] failed, int[] bucketOf, double[] position, int buckets) {
        this.n = levels.length;
        this.buckets = buckets;
        this.level = new int[n];
        this.bucket = bucketOf;
        this.pooled = new int[n];
        this.failed = failed;
        this.logLatency = new double[n];
        this.perBucket = new Line(position, buckets, 1);
        int highest = 1;
        for (int i = 0; i < n; i++) {
            level[i] = Math.min(MAX_LEVEL, Math.max(1, levels[i]));
            highest = Math.max(highest, level[i]);
            logLatency[i] = failed[i] ? Double.NaN : Math.log(Math.max(1_000, latencies[i]));
        }
        this.top = highest;
        this.paced = Line.paced(position, level);
        this.logVariance = withinCellVariance();
        int[] segmentOfBucket = FailureSegments.of(bucketOf, failed, buckets);
        this.segmentOf = new int[n];
        for (int i = 0; i < n; i++) {
            segmentOf[i] = segmentOfBucket[bucketOf[i]];
        }
        this.segments = segmentOfBucket.length == 0 ? 1 : segmentOfBucket[buckets - 1] + 1;
    }

    /** The variance of log latency among successes of one bucket and one level, pooled; a floor keeps it off 0. */
    private double withinCellVariance() {
        Map<Long, double[]> cells = new HashMap<>(); // {count, sum, sum of squares}
        for (int i = 0; i < n; i++) {
            if (!failed[i]) {
                double[] c = cells.computeIfAbsent((long) bucket[i] << 32 | level[i], k -> new double[3]);
                c[0]++;
                c[1] += logLatency[i];
                c[2] += logLatency[i] * logLatency[i];
            }
        }
        double within = 0;
        double freedom = 0;
        for (double[] c : cells.values()) {
            if (c[0] > 1) {
                within += c[2] - c[1] * c[1] / c[0];
                freedom += c[0] - 1;
            }
        }
        return Math.max(1e-3, freedom == 0 ? 0.05 : within / freedom);
    }

    /** The best model first, then the other plausible ones, at most {@code max} in all, spread over the interval. */
    List<LoadModel> plausible(int max) {
        List<double[]> fits = new ArrayList<>(); // {capacity, latencySlope, errorSlope, misfit, dispersion}
        for (int c : candidates()) {
            fits.add(fit(c, Terms.POOLED));
            if (segments > 1) {
                fits.add(fit(c, Terms.SEGMENTS));
            }
            if (buckets > 1) {
                fits.add(fit(c, Terms.BUCKETS));
                fits.add(fit(c, Terms.PACED));
            }
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
        double dispersion = Math.max(1, best[4]); // a misfit above what chance explains widens the interval
        for (double[] f : fits) {
            if (f != best && f[3] <= best[3] + PLAUSIBLE_MISFIT * dispersion) {
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

    /** Every level up to 64, then steps of about a tenth, then the highest level (no knee). */
    private List<Integer> candidates() {
        List<Integer> cs = new ArrayList<>();
        for (int c = 1; c < top; c = c < 64 ? c + 1 : (int) Math.ceil(c * 1.1)) {
            cs.add(c);
        }
        cs.add(top);
        return cs;
    }

    private static LoadModel model(double[] fit) {
        return new LoadModel(fit[0], fit[1], fit[2]);
    }

    /** How the unloaded terms follow time. */
    private enum Terms {
        /** One failure probability and one log latency for the whole trace. */
        POOLED,
        /** A failure probability and a log latency per segment of buckets whose failures change together. */
        SEGMENTS,
        /** A failure probability per bucket, and a log latency along a line through the buckets' middles. */
        BUCKETS,
        /**
         * A failure probability per bucket, and a log latency along a line through points a few round trips
         * apart ({@link Line#paced}): for a latency that changes faster than a line through the buckets'
         * middles can follow, such as one that grows from a few milliseconds to hundreds within the first
         * bucket while the calls in flight pile up from none.
         */
        PACED
    }

    /**
     * The fit with capacity {@code c} and the given unloaded terms: {capacity, latency slope, error slope,
     * penalized misfit, dispersion}.
     */
    private double[] fit(int c, Terms terms) {
        int[] groupOf = switch (terms) {
            case POOLED -> pooled;
            case SEGMENTS -> segmentOf;
            case BUCKETS, PACED -> bucket;
        };
        int groups = switch (terms) {
            case POOLED -> 1;
            case SEGMENTS -> segments;
            case BUCKETS, PACED -> buckets;
        };
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.max(0, (double) (level[i] - c) / c);
        }
        double[] base = new double[n];       // each attempt's unloaded log latency
        double[] error = new double[groups]; // failure probability unloaded, per group
        double latencySlope = 0;
        double errorSlope = 0;
        for (int round = 0; round < ROUNDS; round++) {
            unloadedTerms(x, terms, groupOf, latencySlope, errorSlope, base, error);
            double sxr = 0;
            double sxx = 0;
            double sxf = 0;
            double sxxAll = 0;
            for (int i = 0; i < n; i++) {
                if (x[i] == 0) {
                    continue;
                }
                if (!failed[i]) {
                    sxr += x[i] * (Math.exp(logLatency[i] - base[i]) - 1);
                    sxx += x[i] * x[i];
                }
                sxf += x[i] * ((failed[i] ? 1 : 0) - error[groupOf[i]]);
                sxxAll += x[i] * x[i];
            }
            latencySlope = sxx == 0 ? 0 : Math.min(1000, Math.max(0, sxr / sxx));
            errorSlope = sxxAll == 0 ? 0 : Math.min(1000, Math.max(0, sxf / sxxAll));
        }
        unloadedTerms(x, terms, groupOf, latencySlope, errorSlope, base, error);
        double misfit = 0;
        for (int i = 0; i < n; i++) {
            if (!failed[i]) {
                double residual = logLatency[i] - base[i] - Math.log(1 + latencySlope * x[i]);
                misfit += residual * residual / logVariance;
            }
            double expected = Math.min(1, error[groupOf[i]] + errorSlope * x[i]);
            double bounded = Math.min(0.95, Math.max(0.05, expected)); // binomial variance, kept off 0
            double residual = (failed[i] ? 1 : 0) - expected;
            misfit += residual * residual / (bounded * (1 - bounded));
        }
        int parameters = switch (terms) {
            case POOLED -> 2;
            case SEGMENTS -> 3 * groups - 1; // a segment's boundary is a parameter too
            case BUCKETS -> buckets + perBucket.knots;
            case PACED -> buckets + paced.knots;
        } + (c < top ? 2 : 0);
        return new double[] {c, latencySlope, errorSlope, misfit + parameters * Math.log(Math.max(2, n)),
            misfit / Math.max(1, 2 * n - parameters)};
    }

    /** Each attempt's unloaded log latency and each group's unloaded failure probability, given the slopes. */
    private void unloadedTerms(double[] x, Terms terms, int[] groupOf, double latencySlope, double errorSlope,
                               double[] base, double[] error) {
        int groups = error.length;
        double[] failSum = new double[groups];
        int[] attempts = new int[groups];
        for (int i = 0; i < n; i++) {
            failSum[groupOf[i]] += (failed[i] ? 1 : 0) - errorSlope * x[i];
            attempts[groupOf[i]]++;
        }
        for (int b = 0; b < groups; b++) {
            error[b] = attempts[b] == 0 ? 0 : Math.min(1, Math.max(0, failSum[b] / attempts[b]));
        }
        if (terms == Terms.BUCKETS || terms == Terms.PACED) {
            Line line = terms == Terms.BUCKETS ? perBucket : paced;
            double[] values = lineThroughKnots(line, x, latencySlope);
            for (int i = 0; i < n; i++) {
                base[i] = line.at(values, i);
            }
            return;
        }
        double[] logSum = new double[groups];
        int[] successes = new int[groups];
        double allLogs = 0;
        int all = 0;
        for (int i = 0; i < n; i++) {
            if (!failed[i]) {
                double unloaded = logLatency[i] - Math.log(1 + latencySlope * x[i]);
                logSum[groupOf[i]] += unloaded;
                successes[groupOf[i]]++;
                allLogs += unloaded;
                all++;
            }
        }
        double pooledLog = all == 0 ? 0 : allLogs / all; // for a group without a success
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            base[i] = successes[g] == 0 ? pooledLog : logSum[g] / successes[g];
        }
    }

    /**
     * The unloaded log latency at each of {@code line}'s knots, by least squares of the successes' unloaded
     * log latencies against the line through the knots; a light penalty on the differences between
     * neighbouring knots keeps a knot without successes near its neighbours. The normal equations are
     * tridiagonal.
     */
    private double[] lineThroughKnots(Line line, double[] x, double latencySlope) {
        int knots = line.knots;
        double[] diagonal = new double[knots];
        double[] upper = new double[knots];
        double[] rhs = new double[knots];
        for (int i = 0; i < n; i++) {
            if (!failed[i]) {
                double w = line.weight[i];
                double r = logLatency[i] - Math.log(1 + latencySlope * x[i]);
                int k = line.knot[i];
                diagonal[k] += (1 - w) * (1 - w);
                diagonal[k + 1] += w * w;
                upper[k] += w * (1 - w);
                rhs[k] += (1 - w) * r;
                rhs[k + 1] += w * r;
            }
        }
        for (int k = 0; k + 1 < knots; k++) { // SMOOTHING * (m[k] - m[k+1])^2
            diagonal[k] += SMOOTHING;
            diagonal[k + 1] += SMOOTHING;
            upper[k] -= SMOOTHING;
        }
        for (int k = 0; k < knots; k++) {
            diagonal[k] += SMOOTHING * 1e-3; // and definite when no attempt succeeded at all
        }
        for (int k = 1; k < knots; k++) { // forward elimination, then back substitution
            double factor = upper[k - 1] / diagonal[k - 1];
            diagonal[k] -= factor * upper[k - 1];
            rhs[k] -= factor * rhs[k - 1];
        }
        double[] values = new double[knots];
        values[knots - 1] = rhs[knots - 1] / diagonal[knots - 1];
        for (int k = knots - 2; k >= 0; k--) {
            values[k] = (rhs[k] - upper[k] * values[k + 1]) / diagonal[k];
        }
        return values;
    }

    /**
     * A line through points in time (knots): for each attempt, the knot at or before its start and how far
     * past it, as a share of the way to the next knot (the weight of the next knot's value). The line goes on
     * straight before the first knot and past the last.
     */
    private static final class Line {

        /** Round trips between a paced line's knots. */
        static final int PACE = 4;
        /** Attempts between a paced line's knots at least. */
        static final int LEAST_ATTEMPTS = 16;

        final int knots;
        final int[] knot;
        final double[] weight;

        private Line(double[] at, double[] position) {
            this.knots = at.length;
            this.knot = new int[position.length];
            this.weight = new double[position.length];
            for (int i = 0; i < position.length && knots > 1; i++) { // one knot (never fitted): weight 0
                int k = Arrays.binarySearch(at, position[i]);
                k = Math.max(0, Math.min(knots - 2, k >= 0 ? k : -k - 2));
                knot[i] = k;
                weight[i] = (position[i] - at[k]) / (at[k + 1] - at[k]);
            }
        }

        /** Knots at the middles of equal parts of the trace, {@code perBucket} parts a bucket. */
        Line(double[] position, int buckets, int perBucket) {
            this(middles(buckets * perBucket, 1.0 / perBucket), position);
        }

        private static double[] middles(int count, double width) {
            double[] at = new double[count];
            for (int k = 0; k < count; k++) {
                at[k] = (k + 0.5) * width;
            }
            return at;
        }

        /**
         * Knots {@value #PACE} round trips apart: as many attempts after a knot as {@value #PACE} times the level
         * in flight at it (by Little's law, the attempts that start within that many round trips of it), and
         * at least {@value #LEAST_ATTEMPTS}. So the line follows a latency that changes over a few round trips
         * (a dependency slowing down while the calls in flight pile up behind it), while a level that rises
         * within one round trip (the calls of a burst, or a trace that starts from none in flight) is load's
         * to explain.
         */
        static Line paced(double[] position, int[] level) {
            int n = position.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(position[a], position[b]));
            List<Double> at = new ArrayList<>();
            for (int r = 0; r < n; r += Math.max(LEAST_ATTEMPTS, PACE * level[order[r]])) {
                if (at.isEmpty() || position[order[r]] > at.get(at.size() - 1)) {
                    at.add(position[order[r]]);
                }
            }
            double last = n == 0 ? 0 : position[order[n - 1]];
            if (!at.isEmpty() && last > at.get(at.size() - 1)) { // the last attempt: interpolated, not extrapolated
                at.add(last);
            }
            while (at.size() < 2) { // a line needs two knots
                at.add(at.isEmpty() ? 0.0 : at.get(at.size() - 1) + 1.0);
            }
            return new Line(at.stream().mapToDouble(Double::doubleValue).toArray(), position);
        }

        /** The line's value at attempt {@code i}'s start, given its value at each knot. */
        double at(double[] values, int i) {
            return (1 - weight[i]) * values[knot[i]] + weight[i] * values[knot[i] + 1];
        }
    }
}
