package io.hms.ga.replay;

/**
 * Splits a trace's time buckets into runs within which the attempts fail at one rate: an outage is then
 * three runs (before, during, after) rather than one rate for the whole trace or one per bucket. Binary
 * segmentation: the split of a run that most raises the binomial log-likelihood of its failures is kept
 * while twice that gain exceeds {@value #SPLIT_PENALTY} times the log of the attempts (a new rate and its
 * boundary, at a stricter price than the information criterion's because the boundary is the best of many
 * places tried), best split first, at most {@value #MAX_SEGMENTS} runs.
 */
final class FailureSegments {

    static final double SPLIT_PENALTY = 3.0;
    static final int MAX_SEGMENTS = 64;

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
        boolean[] startsRun = new boolean[buckets + 1];
        startsRun[0] = true;
        startsRun[buckets] = true;
        double threshold = SPLIT_PENALTY * Math.log(Math.max(2, n));
        for (int runs = 1; runs < MAX_SEGMENTS; runs++) {
            int bestAt = -1;
            double bestGain = threshold;
            int from = 0;
            for (int to = 1; to <= buckets; to++) {
                if (!startsRun[to]) {
                    continue;
                }
                double whole = logLikelihood(fails, attempts, from, to);
                for (int k = from + 1; k < to; k++) {
                    double gain = 2 * (logLikelihood(fails, attempts, from, k) + logLikelihood(fails, attempts, k, to)
                            - whole);
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestAt = k;
                    }
                }
                from = to;
            }
            if (bestAt < 0) {
                break;
            }
            startsRun[bestAt] = true;
        }
        int[] runOf = new int[buckets];
        int run = -1;
        for (int b = 0; b < buckets; b++) {
            run += startsRun[b] ? 1 : 0;
            runOf[b] = run;
        }
        return runOf;
    }

    /** The binomial log-likelihood of buckets [from, to) at their own failure rate. */
    private static double logLikelihood(long[] fails, long[] attempts, int from, int to) {
        double f = fails[to] - fails[from];
        double a = attempts[to] - attempts[from];
        if (f == 0 || f == a) {
            return 0;
        }
        double p = f / a;
        return f * Math.log(p) + (a - f) * Math.log(1 - p);
    }
}
