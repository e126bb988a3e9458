package io.hms.ga.replay;

import io.hms.api.optimize.CallRecords;
import java.util.Arrays;

/** Cuts a trace into buckets and summarises each into a {@link DependencyModel}'s columns. */
final class TraceDigest {

    private static final int Q = DependencyModel.QUANTILES;

    private final int buckets;
    private final long width;
    private final long[] successes; // latencies grouped by bucket
    private final int[] successStart;
    private final long[] failures;
    private final int[] failureStart;
    private final long reference;

    TraceDigest(CallRecords trace, long t0, long width, int buckets) {
        this.buckets = buckets;
        this.width = width;
        int n = trace.size();
        int[] okCount = new int[buckets + 1];
        int[] failCount = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            CallRecords.Outcome o = trace.outcome(i);
            int b = (int) ((trace.startNanos(i) - t0) / width);
            if (o == CallRecords.Outcome.SUCCESS) {
                okCount[b + 1]++;
            } else if (DependencyModel.isFailure(o)) {
                failCount[b + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            okCount[b + 1] += okCount[b];
            failCount[b + 1] += failCount[b];
        }
        successStart = okCount.clone();
        failureStart = failCount.clone();
        successes = new long[okCount[buckets]];
        failures = new long[failCount[buckets]];
        for (int i = 0; i < n; i++) {
            CallRecords.Outcome o = trace.outcome(i);
            int b = (int) ((trace.startNanos(i) - t0) / width);
            long latency = Math.max(0, trace.latencyNanos(i));
            if (o == CallRecords.Outcome.SUCCESS) {
                successes[okCount[b]++] = latency;
            } else if (DependencyModel.isFailure(o)) {
                failures[failCount[b]++] = latency;
            }
        }
        for (int b = 0; b < buckets; b++) {
            Arrays.sort(successes, successStart[b], successStart[b + 1]);
            Arrays.sort(failures, failureStart[b], failureStart[b + 1]);
        }
        long[] all = successes.length > 0 ? successes.clone() : failures.clone();
        Arrays.sort(all);
        reference = all.length == 0 ? 1_000 : Math.max(1_000, all[all.length / 2]);
    }

    DependencyModel toModel(long[] arrivals, LoadModel load) {
        double[] error = new double[buckets];
        double[] ok = new double[buckets * Q];
        double[] fail = new double[buckets * Q];
        double[] rate = new double[buckets];
        boolean[] known = new boolean[buckets];
        for (int b = 0; b < buckets; b++) {
            int okN = successStart[b + 1] - successStart[b];
            int failN = failureStart[b + 1] - failureStart[b];
            if (okN + failN == 0) {
                continue;
            }
            known[b] = true;
            error[b] = (double) failN / (okN + failN);
            rate[b] = (okN + failN) * 1e9 / width;
            if (okN > 0) {
                quantiles(successes, successStart[b], okN, ok, b * Q);
            } else {
                quantiles(failures, failureStart[b], failN, ok, b * Q);
            }
            if (failN > 0) {
                quantiles(failures, failureStart[b], failN, fail, b * Q);
            } else {
                System.arraycopy(ok, b * Q, fail, b * Q, Q);
            }
        }
        fillGaps(known, error, ok, fail, rate);
        return DependencyModel.of(width, buckets, arrivals, error, ok, fail, rate, reference, load);
    }

    private static void quantiles(long[] sorted, int from, int count, double[] out, int at) {
        for (int k = 0; k < Q; k++) {
            double pos = (count - 1) * (double) k / (Q - 1);
            int i = (int) pos;
            double frac = pos - i;
            long lo = sorted[from + i];
            long hi = sorted[from + Math.min(count - 1, i + 1)];
            out[at + k] = lo + frac * (hi - lo);
        }
    }

    private void fillGaps(boolean[] known, double[] error, double[] ok, double[] fail, double[] rate) {
        int firstKnown = -1;
        for (int b = 0; b < buckets; b++) {
            if (known[b]) {
                firstKnown = firstKnown < 0 ? b : firstKnown;
            } else if (firstKnown >= 0) {
                copy(b - 1, b, error, ok, fail, rate);
            }
        }
        for (int b = firstKnown - 1; b >= 0; b--) {
            copy(b + 1, b, error, ok, fail, rate);
        }
        if (firstKnown < 0) { // only refusals: a healthy, instant dependency
            Arrays.fill(rate, 1e9 / width);
            Arrays.fill(ok, reference);
            Arrays.fill(fail, reference);
        }
    }

    private static void copy(int from, int to, double[] error, double[] ok, double[] fail, double[] rate) {
        error[to] = error[from];
        rate[to] = rate[from];
        System.arraycopy(ok, from * Q, ok, to * Q, Q);
        System.arraycopy(fail, from * Q, fail, to * Q, Q);
    }
}
