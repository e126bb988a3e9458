package io.hms.ga.replay;

import java.util.Arrays;

/**
 * Splits a trace's time buckets, or its attempts in time order, into runs within which the attempts fail at
 * one rate: an outage is then three runs (before, during, after) rather than one rate for the whole trace or
 * one per bucket; split by attempts, a run begins at the outage's first failing attempt. Binary
 * segmentation: the split of a run that most raises the binomial log-likelihood of its failures is kept
 * while twice that gain exceeds {@value #SPLIT_PENALTY} times the log of the attempts (a new rate and its
 * boundary, at a stricter price than the information criterion's because the boundary is the best of many
 * places tried), best split first, at most {@value #MAX_SEGMENTS} runs. Each run's best split is worked out
 * once, when the run is made, so the whole costs a few passes over the units, not one per run.
 */
final class FailureSegments {

    static final double SPLIT_PENALTY = 3.0;
    static final int MAX_SEGMENTS = 64;
    /** The low bits of a sort key carry the attempt's index (a trace holds at most 2^24 attempts). */
    private static final int INDEX_BITS = 24;
    /** The high bits carry its start, in units fine enough to tell attempts apart: a microsecond or coarser. */
    private static final double START_STEPS = 0x1p38;

    private FailureSegments() {
    }

    /**
     * Each bucket's run, numbered from 0 in time order.
     *
     * @param bucketOf each attempt's bucket, in [0, buckets)
     * @param failed   whether each attempt failed
     * @param buckets  how many buckets
     * @return a run number per bucket, empty when there are no buckets
     */
    static int[] of(int[] bucketOf, boolean[] failed, int buckets) {
        int n = bucketOf.length;
        long[] fails = new long[buckets + 1]; // prefix sums
        long[] attempts = new long[buckets + 1];
        for (int i = 0; i < n; i++) {
            attempts[bucketOf[i] + 1]++;
            fails[bucketOf[i] + 1] += failed[i] ? 1 : 0;
        }
        for (int b = 0; b < buckets; b++) {
            attempts[b + 1] += attempts[b];
            fails[b + 1] += fails[b];
        }
        return runs(new Units(fails, attempts), buckets, n);
    }

    /**
     * Each attempt's run, numbered from 0 in time order, with a run's boundary at any attempt: an outage that
     * begins or ends within a time bucket is split where it does, not where the bucket does.
     *
     * @param nanos  each attempt's start, in nanoseconds from the trace's start (not negative)
     * @param failed whether each attempt failed
     * @return a run number per attempt
     * @throws IllegalArgumentException if there are more attempts than a trace holds
     */
    static int[] ofAttempts(double[] nanos, boolean[] failed) {
        int n = nanos.length;
        if (n > 1 << INDEX_BITS) {
            throw new IllegalArgumentException("at most " + (1 << INDEX_BITS) + " attempts, got " + n);
        }
        double latest = 0;
        for (double t : nanos) {
            latest = Math.max(latest, t);
        }
        double step = Math.max(1_000, latest / START_STEPS); // a microsecond, or coarser past three days
        long[] keys = new long[n]; // the start in steps, then the index: sorted, the attempts in time order
        for (int i = 0; i < n; i++) {
            keys[i] = (long) Math.max(0, nanos[i] / step) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        long[] fails = new long[n + 1];
        for (int r = 0; r < n; r++) {
            fails[r + 1] = fails[r] + (failed[(int) (keys[r] & ((1 << INDEX_BITS) - 1))] ? 1 : 0);
        }
        int[] runOfRank = runs(new Units(fails, null), n, n);
        int[] runOf = new int[n];
        for (int r = 0; r < n; r++) {
            runOf[(int) (keys[r] & ((1 << INDEX_BITS) - 1))] = runOfRank[r];
        }
        return runOf;
    }

    /**
     * Where the first run of attempts failing at {@code failing} or more, after a run that failed less, begins:
     * the earliest start among its attempts, or -1 when there is no such run.
     *
     * @param nanos   each attempt's start, in nanoseconds from the trace's start
     * @param failed  whether each attempt failed
     * @param failing the failure rate from which a run counts as failing
     */
    static double firstRise(double[] nanos, boolean[] failed, double failing) {
        int[] runOf = ofAttempts(nanos, failed);
        int runs = 0;
        for (int r : runOf) {
            runs = Math.max(runs, r + 1);
        }
        int[] attempts = new int[runs];
        int[] fails = new int[runs];
        double[] begins = new double[runs];
        Arrays.fill(begins, Double.POSITIVE_INFINITY);
        for (int i = 0; i < runOf.length; i++) {
            attempts[runOf[i]]++;
            fails[runOf[i]] += failed[i] ? 1 : 0;
            begins[runOf[i]] = Math.min(begins[runOf[i]], nanos[i]);
        }
        for (int r = 1; r < runs; r++) {
            if (fails[r] >= failing * attempts[r] && fails[r - 1] < failing * attempts[r - 1]) {
                return begins[r];
            }
        }
        return -1;
    }

    /** Units in time order: prefix sums of their failures and attempts (null when each unit is one attempt). */
    private record Units(long[] fails, long[] attempts) {

        long attemptsBefore(int unit) {
            return attempts == null ? unit : attempts[unit];
        }

        /** The binomial log-likelihood of units [from, to) at their own failure rate. */
        double logLikelihood(int from, int to) {
            double f = fails[to] - fails[from];
            double a = attemptsBefore(to) - attemptsBefore(from);
            if (f == 0 || f == a) {
                return 0;
            }
            double p = f / a;
            return f * Math.log(p) + (a - f) * Math.log(1 - p);
        }

        /** The unit at which splitting [from, to) gains most, and twice that gain: {at, gain}; at is -1 for none. */
        double[] bestSplit(int from, int to) {
            double whole = logLikelihood(from, to);
            int bestAt = -1;
            double bestGain = Double.NEGATIVE_INFINITY;
            for (int k = from + 1; k < to; k++) {
                double gain = 2 * (logLikelihood(from, k) + logLikelihood(k, to) - whole);
                if (gain > bestGain) {
                    bestGain = gain;
                    bestAt = k;
                }
            }
            return new double[] {bestAt, bestGain};
        }
    }

    /** The run of each of {@code count} units, split while the best split's gain clears the threshold. */
    private static int[] runs(Units units, int count, int attempts) {
        double threshold = SPLIT_PENALTY * Math.log(Math.max(2, attempts));
        int[] starts = new int[MAX_SEGMENTS + 1]; // the runs' first units in order, then count
        double[][] best = new double[MAX_SEGMENTS][]; // each run's best split, worked out once
        int runs = 1;
        starts[1] = count;
        best[0] = count == 0 ? new double[] {-1, 0} : units.bestSplit(0, count);
        while (runs < MAX_SEGMENTS) {
            int chosen = -1;
            for (int r = 0; r < runs; r++) {
                if (best[r][0] >= 0 && best[r][1] > threshold && (chosen < 0 || best[r][1] > best[chosen][1])) {
                    chosen = r;
                }
            }
            if (chosen < 0) {
                break;
            }
            int at = (int) best[chosen][0];
            System.arraycopy(starts, chosen + 1, starts, chosen + 2, runs - chosen);
            System.arraycopy(best, chosen + 1, best, chosen + 2, runs - chosen - 1);
            starts[chosen + 1] = at;
            runs++;
            best[chosen] = units.bestSplit(starts[chosen], at);
            best[chosen + 1] = units.bestSplit(at, starts[chosen + 2]);
        }
        int[] runOf = new int[count];
        for (int r = 0; r < runs; r++) {
            Arrays.fill(runOf, starts[r], starts[r + 1], r);
        }
        return runOf;
    }
}
