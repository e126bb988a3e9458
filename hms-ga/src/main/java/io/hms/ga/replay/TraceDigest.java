package io.hms.ga.replay;

import io.hms.api.optimize.CallRecords;
import io.hms.ga.replay.internal.InFlight;
import io.hms.ga.replay.internal.SplitMix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a trace into buckets and summarises each into a {@link DependencyModel}'s columns, with the
 * load taken out: each attempt's latency is divided by the {@link LoadModel}'s factor at the level in
 * flight when it started, and each bucket's error probability loses what its load added, so the columns
 * say how the dependency behaved <em>unloaded</em> and a replay puts back the load its policy makes.
 *
 * <p>A bucket no attempt reached (the breaker was open, or no call came) is <em>unknown</em>: a stretch
 * of them is filled with the behaviour of the bucket before it for some buckets, then with the bucket
 * after it (or, at the end of the trace, a healthy bucket). How long the bucket before lasts is what a
 * model must guess: the nominal model takes the median length of the failing runs the trace saw end, or,
 * when it saw none end, as long again as the trouble had been seen before the stretch; sampled models draw
 * it, from the runs seen to end or from how long the trouble had been seen (heavy-tailed: most draws end it
 * soon, a few keep it to the stretch's end). The stretch's own length says nothing about the trouble: it is
 * how long the policy that recorded the trace kept its breaker open.
 *
 * <p>A recorded timeout hides what the attempt would have done after the deadline. Where the successes of
 * its bucket (or, in a bucket with too few, of the nearest one before it with enough) reach up to the
 * deadline, as when a dependency slows down past it, the timeout is the tail of their latencies: every model
 * takes it for an answer that would have come half the deadline later. Elsewhere (a dependency that answers in
 * milliseconds and then hangs) the trace cannot tell: the nominal model, and every other sampled one, take it
 * for a failure at the deadline; the odd-numbered sampled models take it for the late answer, so a policy
 * judged across the models is judged against both.
 */
final class TraceDigest {

    private static final int Q = DependencyModel.QUANTILES;
    private static final byte SUCCESS = 0;
    private static final byte FAILURE = 1;
    private static final byte TIMEOUT = 2;
    /** A bucket fails when its unloaded error probability is this far above a healthy bucket's. */
    private static final double FAILING = 0.25;
    /** How much later than the deadline a timed-out attempt answers, in the models that take it for an answer. */
    private static final double LATE_ANSWER = 1.5;
    /** Successes a bucket needs to say how close its latencies come to the deadline. */
    private static final int REACH_SAMPLE = 5;
    /**
     * Successes reach the deadline when it is within this many standard deviations of their mean log latency
     * (a lognormal would exceed it at least 1 % of the time).
     */
    private static final double REACH_DEVIATIONS = 2.33;
    /** The least spread of log latency assumed in a bucket: calls vary by about a tenth at least. */
    private static final double LEAST_SPREAD = 0.1;

    private final int buckets;
    private final long width;
    private final int[] bucketOf;
    private final int[] level;
    private final long[] latency;
    private final byte[] kind;
    private final boolean[] known;
    private final boolean[] late; // per bucket: its timeouts are the tail of its successes' latencies
    private final List<int[]> stretches = new ArrayList<>(); // {from, to}: unknown buckets [from, to)
    private final long reference;
    final LoadFit fit;

    TraceDigest(CallRecords trace, long t0, long width, int buckets) {
        this.buckets = buckets;
        this.width = width;
        int n = 0;
        for (int i = 0; i < trace.size(); i++) {
            n += reached(trace.outcome(i)) ? 1 : 0;
        }
        bucketOf = new int[n];
        latency = new long[n];
        kind = new byte[n];
        long[] starts = new long[n];
        known = new boolean[buckets];
        long[] successLatencies = new long[n];
        int successes = 0;
        for (int i = 0, j = 0; i < trace.size(); i++) {
            CallRecords.Outcome o = trace.outcome(i);
            if (!reached(o)) {
                continue;
            }
            starts[j] = trace.startNanos(i);
            latency[j] = Math.max(0, trace.latencyNanos(i));
            bucketOf[j] = (int) ((starts[j] - t0) / width);
            kind[j] = o == CallRecords.Outcome.SUCCESS ? SUCCESS : o == CallRecords.Outcome.TIMEOUT ? TIMEOUT : FAILURE;
            known[bucketOf[j]] = true;
            if (kind[j] == SUCCESS) {
                successLatencies[successes++] = latency[j];
            }
            j++;
        }
        level = InFlight.atStarts(starts, latency);
        late = lateBuckets();
        boolean[] failed = new boolean[n];
        for (int j = 0; j < n; j++) {
            failed[j] = kind[j] != SUCCESS;
        }
        double[] position = new double[n];
        for (int j = 0; j < n; j++) {
            position[j] = Math.min(buckets - 1e-9, (starts[j] - t0) / (double) width);
        }
        fit = new LoadFit(level, latency, failed, bucketOf, position, buckets);
        long[] all = successes > 0 ? Arrays.copyOf(successLatencies, successes) : latency.clone();
        Arrays.sort(all);
        reference = all.length == 0 ? 1_000 : Math.max(1_000, all[all.length / 2]);
        for (int b = 0; b < buckets; b++) {
            if (!known[b] && b > 0 && known[b - 1] || !known[b] && b == 0) {
                int to = b;
                while (to < buckets && !known[to]) {
                    to++;
                }
                stretches.add(new int[] {b, to});
            }
        }
    }

    private static boolean reached(CallRecords.Outcome o) {
        return o != CallRecords.Outcome.REJECTED;
    }

    /** Whether any bucket is unknown, so that models differ in how they fill it. */
    boolean hasUnknown() {
        return !stretches.isEmpty();
    }

    /** The model under {@code load}, its unknown stretches filled by the nominal guess. */
    DependencyModel nominal(long[] arrivals, LoadModel load) {
        return toModel(arrivals, load, false, 0, 0);
    }

    /** A model under {@code load}, its unknown stretches filled by draws keyed by {@code seed} and {@code index}. */
    DependencyModel sampled(long[] arrivals, LoadModel load, long seed, int index) {
        return toModel(arrivals, load, true, seed, index);
    }

    private DependencyModel toModel(long[] arrivals, LoadModel load, boolean sampled, long seed, int index) {
        int n = latency.length;
        byte[] kinds = kind.clone();
        long[] latencies = latency.clone();
        boolean allLate = sampled && index % 2 == 1;
        for (int j = 0; j < n; j++) { // a recorded timeout is an answer that would have come after the deadline
            if (kinds[j] == TIMEOUT && (allLate || late[bucketOf[j]])) {
                kinds[j] = SUCCESS;
                latencies[j] = (long) (latency[j] * LATE_ANSWER);
            }
        }
        int[] okCount = new int[buckets + 1];
        int[] failCount = new int[buckets + 1];
        double[] addedError = new double[buckets];
        for (int j = 0; j < n; j++) {
            (kinds[j] == SUCCESS ? okCount : failCount)[bucketOf[j] + 1]++;
            addedError[bucketOf[j]] += load.addedErrorProbability(level[j]);
        }
        for (int b = 0; b < buckets; b++) {
            okCount[b + 1] += okCount[b];
            failCount[b + 1] += failCount[b];
        }
        int[] okStart = okCount.clone();
        int[] failStart = failCount.clone();
        long[] ok = new long[okCount[buckets]];
        long[] fail = new long[failCount[buckets]];
        for (int j = 0; j < n; j++) {
            long unloaded = kinds[j] == TIMEOUT ? latencies[j] : (long) (latencies[j] / load.latencyFactor(level[j]));
            if (kinds[j] == SUCCESS) {
                ok[okCount[bucketOf[j]]++] = unloaded;
            } else {
                fail[failCount[bucketOf[j]]++] = unloaded;
            }
        }
        double[] error = new double[buckets];
        double[] okQ = new double[buckets * Q];
        double[] failQ = new double[buckets * Q];
        double[] rate = new double[buckets];
        for (int b = 0; b < buckets; b++) {
            int okN = okStart[b + 1] - okStart[b];
            int failN = failStart[b + 1] - failStart[b];
            Arrays.sort(ok, okStart[b], okStart[b + 1]);
            Arrays.sort(fail, failStart[b], failStart[b + 1]);
            if (okN + failN == 0) {
                continue;
            }
            error[b] = Math.max(0, ((double) failN - addedError[b]) / (okN + failN));
            rate[b] = (okN + failN) * 1e9 / width;
            quantiles(okN > 0 ? ok : fail, okN > 0 ? okStart[b] : failStart[b], okN > 0 ? okN : failN, okQ, b * Q);
            if (failN > 0) {
                quantiles(fail, failStart[b], failN, failQ, b * Q);
            } else {
                System.arraycopy(okQ, b * Q, failQ, b * Q, Q);
            }
        }
        long[] unloadedSuccesses = ok.clone();
        Arrays.sort(unloadedSuccesses);
        long healthy = unloadedSuccesses.length == 0 ? reference
                : unloadedSuccesses[Math.min(unloadedSuccesses.length - 1, (int) (0.99 * unloadedSuccesses.length))];
        fill(error, okQ, failQ, rate, sampled, seed, index);
        return DependencyModel.of(width, buckets, arrivals, error, okQ, failQ, rate, reference, healthy,
                unknownBuckets(), load);
    }

    /**
     * Per bucket, whether its timeouts are the tail of its successes' latencies: the deadline lies within
     * {@link #REACH_DEVIATIONS} standard deviations of the mean log latency of the successes of the bucket, or
     * of the nearest bucket before it with at least {@link #REACH_SAMPLE} of them.
     */
    private boolean[] lateBuckets() {
        int n = latency.length;
        double[] sum = new double[buckets];
        double[] squares = new double[buckets];
        int[] count = new int[buckets];
        double[] deadline = new double[buckets];
        for (int j = 0; j < n; j++) {
            int b = bucketOf[j];
            if (kind[j] == SUCCESS) {
                double log = Math.log(Math.max(1_000, latency[j]));
                sum[b] += log;
                squares[b] += log * log;
                count[b]++;
            } else if (kind[j] == TIMEOUT) {
                deadline[b] = Math.max(deadline[b], latency[j]);
            }
        }
        boolean[] out = new boolean[buckets];
        int reference = -1; // the latest bucket with enough successes
        for (int b = 0; b < buckets; b++) {
            if (count[b] >= REACH_SAMPLE) {
                reference = b;
            }
            if (deadline[b] > 0 && reference >= 0) {
                int r = reference;
                double mean = sum[r] / count[r];
                double variance = (squares[r] - count[r] * mean * mean) / (count[r] - 1); // the sample's
                double spread = Math.max(LEAST_SPREAD, Math.sqrt(Math.max(0, variance)));
                out[b] = Math.log(deadline[b]) - mean <= REACH_DEVIATIONS * spread;
            }
        }
        return out;
    }

    private int unknownBuckets() {
        int count = 0;
        for (boolean k : known) {
            count += k ? 0 : 1;
        }
        return count;
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

    /** Fills the unknown stretches, with draws when {@code sampled}, else with the nominal guess. */
    private void fill(double[] error, double[] ok, double[] fail, double[] rate, boolean sampled, long seed,
                      int index) {
        int healthy = healthyBucket(error);
        if (healthy < 0) { // only refusals: a healthy, instant dependency
            Arrays.fill(rate, 1e9 / width);
            Arrays.fill(ok, reference);
            Arrays.fill(fail, reference);
            return;
        }
        int[] ended = endedFailingRuns(error, healthy);
        for (int s = 0; s < stretches.size(); s++) {
            int from = stretches.get(s)[0];
            int to = stretches.get(s)[1];
            int before = from - 1;
            int after = to < buckets ? to : healthy;
            if (before < 0) { // the trace starts unknown: the first known bucket stands in
                for (int b = from; b < to; b++) {
                    copy(to, b, error, ok, fail, rate);
                }
                continue;
            }
            int seen = failingBefore(from, error, healthy);
            int lasts = sampled ? drawnLasting(to - from, seen, ended, seed, index, s)
                    : nominalLasting(to - from, seen, ended);
            for (int b = from; b < to; b++) {
                copy(b - from < lasts ? before : after, b, error, ok, fail, rate);
            }
        }
    }

    /**
     * How many buckets of a stretch of {@code length} the bucket before it lasts, as a nominal guess: the median
     * length of the failing runs the trace saw end, else as long again as it had been seen failing, else (it
     * was not failing) half the stretch.
     */
    private static int nominalLasting(int length, int seen, int[] ended) {
        if (ended.length > 0) {
            return Math.min(length, ended[ended.length / 2]);
        }
        return seen > 0 ? Math.min(length, seen) : (length + 1) / 2;
    }

    /**
     * How many buckets of a stretch of {@code length} the bucket before it lasts, drawn: one of the failing runs
     * the trace saw end, else from how long it had been seen failing, {@code seen} buckets (or, when it was not
     * failing, anywhere in the stretch). Trouble seen at an unknown point of its course has run an unknown
     * fraction of it, so the chance that it lasts at least another {@code r} buckets is {@code seen / (seen + r)}:
     * half the draws end within another {@code seen} buckets, and one in ten lasts nine times as long again.
     */
    private static int drawnLasting(int length, int seen, int[] ended, long seed, int index, int stretch) {
        double u = SplitMix.uniform(SplitMix.mix(seed), (long) index << 32 | stretch);
        if (ended.length > 0) {
            return Math.min(length, ended[(int) (u * ended.length)]);
        }
        return seen > 0 ? (int) Math.min(length, Math.round(seen * u / (1 - u))) : (int) (u * (length + 1));
    }

    /**
     * How many known buckets in a row before {@code from} were failing: how long the trouble the stretch hides
     * had been seen before it; 0 when the bucket before it was not failing.
     */
    private int failingBefore(int from, double[] error, int healthy) {
        int run = 0;
        for (int b = from - 1; b >= 0 && known[b] && error[b] > error[healthy] + FAILING; b--) {
            run++;
        }
        return run;
    }

    /** A known bucket at the quarter of the known buckets' error probabilities: healthy, not the luckiest. */
    private int healthyBucket(double[] error) {
        List<Integer> candidates = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            if (known[b]) {
                candidates.add(b);
            }
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        candidates.sort((a, b) -> Double.compare(error[a], error[b]));
        return candidates.get(candidates.size() / 4);
    }

    /** The lengths, sorted, of the runs of failing known buckets that a known healthy bucket ended. */
    private int[] endedFailingRuns(double[] error, int healthy) {
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (int b = 0; b < buckets; b++) {
            if (!known[b]) {
                run = 0;
            } else if (error[b] > error[healthy] + FAILING) {
                run++;
            } else {
                if (run > 0) {
                    runs.add(run);
                }
                run = 0;
            }
        }
        return runs.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static void copy(int from, int to, double[] error, double[] ok, double[] fail, double[] rate) {
        error[to] = error[from];
        rate[to] = rate[from];
        System.arraycopy(ok, from * Q, ok, to * Q, Q);
        System.arraycopy(fail, from * Q, fail, to * Q, Q);
    }
}
