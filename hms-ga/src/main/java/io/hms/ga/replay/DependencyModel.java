package io.hms.ga.replay;

import io.hms.api.optimize.CallRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A dependency's behaviour over time, reconstructed from a recorded {@link CallRecords}, that a
 * {@link TraceReplay} plays candidate policies against. It has two parts:
 * <ul>
 *   <li>a {@link LoadModel}, learned from the trace: how many attempts in flight the dependency serves
 *       at its normal speed, and how much slower and likelier to fail each attempt gets beyond that
 *       (where latency and errors turn as concurrency rises; see {@link #fromTrace(CallRecords)});</li>
 *   <li>the dependency's <em>unloaded</em> behaviour per time bucket, with that load taken out of what was
 *       recorded: the probability that an attempt fails (FAILURE or TIMEOUT) and the latency distributions
 *       of successful and of failed attempts (16 quantiles each, sampled by interpolation).</li>
 * </ul>
 * A replay puts back the load its own policy makes, so a policy that sends less than was recorded finds
 * the dependency faster, and one that sends more finds it slower. Every attempt that reached the
 * dependency, retries included, tells how it behaved; refusals do not. Every call's first attempt,
 * refused or not, is replayed as one caller call; the recorded retries are not, since the candidate
 * policy makes its own. A TIMEOUT's true latency is unknown: where the successes of its bucket (or of the
 * nearest earlier bucket with enough of them) reach up to the deadline, as when a dependency slows past it,
 * every model takes it for an answer half the deadline later; where they answer far below it, the nominal
 * model takes it for a failure at the deadline, and so does every other sampled model, while the
 * odd-numbered ones take it for the late answer.
 *
 * <p>Buckets are laid so that the trace's first outage or burst begins on a boundary ({@link #bucketFor}), and a
 * replay draws, per seed, the moment within its bucket at which a failing stretch recovers.
 *
 * <p>A bucket that no attempt reached — the breaker was open — is <em>unknown</em>, not "still failing":
 * the bucket before it lasts for a while, then the one after it (or a healthy bucket, at the end of the
 * trace). How long is a guess: the nominal model takes the median length of the failing runs the trace
 * saw end, else as long again as the failing had been seen before the stretch; {@link #plausibleModels}
 * draws it (from the runs seen to end, or from a heavy tail that scales with how long the failing had been
 * seen), and the load model among those the trace cannot tell apart, so a policy can be judged across what
 * the trace leaves open.
 *
 * <pre>{@code
 * DependencyModel model = DependencyModel.fromTrace(guard.trace().snapshot());
 * TraceReplay replay = TraceReplay.of(model);
 * List<DependencyModel> models = DependencyModel.plausibleModels(trace, 4, 1L);   // model 0 is the nominal one
 * }</pre>
 *
 * <p>Immutable and thread-safe; built once per trace, shared by every evaluation.
 */
public final class DependencyModel {

    /** Attempts a bucket holds on average, as {@link #bucketFor} chooses its length. */
    static final int ATTEMPTS_PER_BUCKET = 40;
    /** The unloaded failure probability from which a bucket counts as failing, for {@link #withLongerTrouble}. */
    static final double FAILING = 0.5;
    /** The most time buckets a model holds. */
    static final int MAX_BUCKETS = 1_000_000;
    /** Quantiles kept per bucket and distribution. */
    static final int QUANTILES = 16;

    final long bucketNanos;
    final int buckets;
    final long[] arrivals;
    final double[] errorProbability;
    final double[] latencyQuantiles; // per bucket: QUANTILES of successful attempts, then of failed ones
    final double[] attemptRate;
    final long referenceLatencyNanos;
    final long healthyLatencyNanos;
    final int unknownBuckets;
    final LoadModel load;

    private DependencyModel(long bucketNanos, int buckets, long[] arrivals, double[] errorProbability,
                            double[] latencyQuantiles, double[] capacity, long referenceLatencyNanos,
                            long healthyLatencyNanos, int unknownBuckets, LoadModel load) {
        this.bucketNanos = bucketNanos;
        this.buckets = buckets;
        this.arrivals = arrivals;
        this.errorProbability = errorProbability;
        this.latencyQuantiles = latencyQuantiles;
        this.attemptRate = capacity;
        this.referenceLatencyNanos = referenceLatencyNanos;
        this.healthyLatencyNanos = healthyLatencyNanos;
        this.unknownBuckets = unknownBuckets;
        this.load = load;
    }

    /**
     * The nominal model of {@code trace} with buckets of {@link #bucketFor} and the {@link LoadModel} that
     * fits the trace best.
     *
     * @throws IllegalArgumentException if the trace has no call's first attempt
     */
    public static DependencyModel fromTrace(CallRecords trace) {
        Digested d = digest(trace, bucketFor(trace));
        return d.digest.nominal(d.arrivals, d.digest.fit.plausible(1).get(0));
    }

    /**
     * The nominal model of {@code trace} under a given load model.
     *
     * @param bucket the length of a time bucket, positive
     * @param load   how the dependency answers load
     * @throws IllegalArgumentException if the trace has no call's first attempt or the bucket is not positive
     */
    public static DependencyModel fromTrace(CallRecords trace, Duration bucket, LoadModel load) {
        Objects.requireNonNull(load, "load");
        Digested d = digest(trace, bucket);
        return d.digest.nominal(d.arrivals, load);
    }

    /**
     * Up to {@code count} models that all fit {@code trace} (buckets of {@link #bucketFor}): the first is
     * {@link #fromTrace(CallRecords)}'s; the others take the load models the trace cannot tell apart from
     * the best (capacities within a 95 % profile interval, or larger ones when no overload was seen) in turn,
     * and draw how long each unknown stretch's failing lasts. Fewer when the trace leaves nothing open.
     *
     * @param count how many, at least 1
     * @param seed  keys the draws
     * @throws IllegalArgumentException if the trace has no call's first attempt or {@code count < 1}
     */
    public static List<DependencyModel> plausibleModels(CallRecords trace, int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        Digested d = digest(trace, bucketFor(trace));
        List<LoadModel> loads = d.digest.fit.plausible(count);
        int distinct = d.digest.hasUnknown() ? count : Math.min(count, loads.size());
        List<DependencyModel> models = new ArrayList<>(distinct);
        models.add(d.digest.nominal(d.arrivals, loads.get(0)));
        for (int i = 1; i < distinct; i++) {
            models.add(d.digest.sampled(d.arrivals, loads.get(i % loads.size()), seed, i));
        }
        return List.copyOf(models);
    }

    /**
     * The bucket length for {@code trace}: short enough to see a burst of a few hundred milliseconds and to
     * keep what changes over time apart from what load does, long enough to hold about
     * {@value #ATTEMPTS_PER_BUCKET} attempts on average; between 100 ms and 1 s, in steps of 50 ms; then made at most
     * half as long again or half as short so that the first outage or burst the trace shows (the first run of
     * attempts failing at {@link #FAILING} or more after a run that failed less, {@link FailureSegments}) begins
     * on a bucket's boundary. A replay then fails attempts from the moment the trace did: in a bucket that an
     * outage's start cuts in two, attempts of the healthy part would fail and attempts of the failing part
     * succeed at random, and a policy whose calls the outage caught all at once (a bulkhead full of hung calls)
     * would be replayed as one whose breaker sees half of them fail.
     */
    public static Duration bucketFor(CallRecords trace) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int reached = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.outcome(i) != CallRecords.Outcome.REJECTED) {
                reached++;
                first = Math.min(first, trace.startNanos(i));
                last = Math.max(last, trace.startNanos(i));
            }
        }
        if (reached < 2 || last <= first) {
            return Duration.ofSeconds(1);
        }
        double perSecond = reached / ((last - first) / 1e9);
        long millis = Math.max(100, Math.min(1_000, Math.round(ATTEMPTS_PER_BUCKET / perSecond * 20) * 50)); // 50 ms
        long width = millis * 1_000_000L;
        long onset = firstOnset(trace);
        if (onset < width / 2) {
            return Duration.ofNanos(width);
        }
        return Duration.ofNanos(onset / Math.round(onset / (double) width));
    }

    /**
     * When the trace's first outage or burst begins, in nanoseconds from its {@link #origin}, as the buckets
     * count; -1 when the trace shows none.
     */
    private static long firstOnset(CallRecords trace) {
        long t0 = origin(trace);
        int reached = 0;
        for (int i = 0; i < trace.size(); i++) {
            reached += trace.outcome(i) == CallRecords.Outcome.REJECTED ? 0 : 1;
        }
        double[] start = new double[reached];
        boolean[] failed = new boolean[reached];
        for (int i = 0, j = 0; i < trace.size(); i++) {
            if (trace.outcome(i) != CallRecords.Outcome.REJECTED) {
                start[j] = trace.startNanos(i) - t0;
                failed[j++] = isFailure(trace.outcome(i));
            }
        }
        return (long) FailureSegments.firstRise(start, failed, FAILING);
    }

    /** Where a model's time starts: the first call's arrival (a call that waited for a place arrived before it started). */
    private static long origin(CallRecords trace) {
        long t0 = Long.MAX_VALUE;
        for (int i = 0; i < trace.size(); i++) {
            t0 = Math.min(t0, trace.startNanos(i) - trace.waitNanos(i));
        }
        return t0;
    }

    private record Digested(TraceDigest digest, long[] arrivals) {
    }

    private static Digested digest(CallRecords trace, Duration bucket) {
        Objects.requireNonNull(trace, "trace");
        long width = Objects.requireNonNull(bucket, "bucket").toNanos();
        if (width <= 0) {
            throw new IllegalArgumentException("bucket must be positive, got " + bucket);
        }
        int n = trace.size();
        if (n == 0) {
            throw new IllegalArgumentException("the trace is empty; record some calls before optimizing");
        }
        long t0 = origin(trace);
        long t1 = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            t1 = Math.max(t1, trace.startNanos(i));
        }
        long span = t1 - t0;
        if (span / width >= MAX_BUCKETS) {
            throw new IllegalArgumentException("the trace spans " + Duration.ofNanos(span) + ", over a million buckets of "
                    + bucket + "; use a longer bucket");
        }
        int buckets = (int) (span / width) + 1;
        long[] arrivals = new long[trace.calls()];
        if (arrivals.length == 0) {
            throw new IllegalArgumentException("the trace's " + n + " attempts are all retries, with no call's first"
                    + " attempt to replay; record a longer trace");
        }
        for (int i = 0, call = 0; i < n; i++) {
            if (trace.attempt(i) == 1) { // a call that waited for a place arrived before its attempt started
                arrivals[call++] = trace.startNanos(i) - trace.waitNanos(i) - t0;
            }
        }
        Arrays.sort(arrivals);
        return new Digested(new TraceDigest(trace, t0, width, buckets), arrivals);
    }

    /** One table with a bucket's two latency distributions side by side, so an outcome picks one by offset. */
    private static double[] interleave(double[] success, double[] failure, int buckets) {
        double[] table = new double[buckets * 2 * QUANTILES];
        for (int b = 0; b < buckets; b++) {
            System.arraycopy(success, b * QUANTILES, table, successAt(b), QUANTILES);
            System.arraycopy(failure, b * QUANTILES, table, successAt(b) + QUANTILES, QUANTILES);
        }
        return table;
    }

    /** Where bucket {@code b}'s quantiles of successful attempts start in {@link #latencyQuantiles}. */
    static int successAt(int b) {
        return b * 2 * QUANTILES;
    }

    static DependencyModel of(long bucketNanos, int buckets, long[] arrivals, double[] errorProbability,
                              double[] successLatency, double[] failureLatency, double[] capacity,
                              long referenceLatencyNanos, long healthyLatencyNanos, int unknownBuckets,
                              LoadModel load) {
        return new DependencyModel(bucketNanos, buckets, arrivals, errorProbability,
                interleave(successLatency, failureLatency, buckets), capacity, referenceLatencyNanos,
                healthyLatencyNanos, unknownBuckets, load);
    }

    /** How many caller calls a replay offers. */
    public int calls() {
        return arrivals.length;
    }

    /**
     * The span the rates are measured over, in nanoseconds: from the first call's arrival to the bucket
     * holding the last one (whole buckets). Retries and late answers after the last arrival do not stretch
     * it, so a goodput over it is comparable with the calls served per second of the recorded stretch.
     */
    public long durationNanos() {
        long last = arrivals.length == 0 ? 0 : arrivals[arrivals.length - 1];
        return (last / bucketNanos + 1) * bucketNanos;
    }

    /** How many time buckets. */
    public int buckets() {
        return buckets;
    }

    /** The probability that an unloaded attempt fails in bucket {@code b}. */
    public double errorProbability(int b) {
        return errorProbability[b];
    }

    /** The median latency of successful unloaded attempts in bucket {@code b}, in nanoseconds. */
    public double medianSuccessLatencyNanos(int b) {
        int base = successAt(b);
        return (latencyQuantiles[base + QUANTILES / 2 - 1] + latencyQuantiles[base + QUANTILES / 2]) / 2;
    }

    /** The attempts per second the dependency carried in bucket {@code b}. */
    public double recordedAttemptRate(int b) {
        return attemptRate[b];
    }

    /** The median latency of successful attempts over the whole trace: the score's latency reference. */
    public long referenceLatencyNanos() {
        return referenceLatencyNanos;
    }

    /**
     * The 99th percentile latency of the trace's successful attempts with the load taken out: how slow a
     * healthy call is, the floor a timeout needs a margin over.
     */
    public long healthyLatencyNanos() {
        return healthyLatencyNanos;
    }

    /** How many buckets fail at least half of the unloaded attempts: the trace's outages and bursts. */
    public int failingBuckets() {
        int failing = 0;
        for (double p : errorProbability) {
            failing += p >= FAILING ? 1 : 0;
        }
        return failing;
    }

    /** How many buckets no attempt reached, filled by a guess. */
    public int unknownBuckets() {
        return unknownBuckets;
    }

    /** How the dependency answers load. */
    public LoadModel load() {
        return load;
    }

    /**
     * This model's unloaded behaviour under another load model (the columns stay as they are: the load
     * taken out of them was this model's).
     */
    public DependencyModel withLoad(LoadModel newLoad) {
        return new DependencyModel(bucketNanos, buckets, arrivals, errorProbability, latencyQuantiles, attemptRate,
                referenceLatencyNanos, healthyLatencyNanos, unknownBuckets, Objects.requireNonNull(newLoad, "load"));
    }

    /**
     * This model with each run of failing buckets (at least {@value #FAILING} of the unloaded attempts
     * failing) lasting {@code stretch} times its length longer: the run plays again for that many buckets, its
     * callers arriving as they did in it, before the trace goes on as recorded, later by as much. A dependency
     * whose outage or burst the trace saw end can take longer to recover next time; this is that next time, with
     * the recovery after it as long as recorded, so a policy that stays shut long after the trouble ends pays
     * for it here as it would live.
     *
     * @param stretch how much longer, as a fraction of each run's length; at least 0 (0 gives this model)
     * @throws IllegalArgumentException if {@code stretch} is negative or not finite
     */
    public DependencyModel withLongerTrouble(double stretch) {
        if (!(stretch >= 0) || Double.isInfinite(stretch)) {
            throw new IllegalArgumentException("stretch must be a finite fraction of at least 0, got " + stretch);
        }
        int[] source = longerTroubleSources(stretch);
        if (source.length == buckets) {
            return this;
        }
        int[] firstArrival = new int[buckets + 1]; // arrivals of bucket b: [firstArrival[b], firstArrival[b + 1])
        for (long arrival : arrivals) {
            firstArrival[(int) (arrival / bucketNanos) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            firstArrival[b + 1] += firstArrival[b];
        }
        int n = source.length;
        double[] errors = new double[n];
        double[] quantiles = new double[n * 2 * QUANTILES];
        double[] rates = new double[n];
        int calls = 0;
        for (int from : source) {
            calls += firstArrival[from + 1] - firstArrival[from];
        }
        long[] played = new long[calls];
        int next = 0;
        for (int b = 0; b < n; b++) {
            int from = source[b];
            errors[b] = errorProbability[from];
            rates[b] = attemptRate[from];
            System.arraycopy(latencyQuantiles, successAt(from), quantiles, successAt(b), 2 * QUANTILES);
            long shift = (long) (b - from) * bucketNanos;
            for (int i = firstArrival[from]; i < firstArrival[from + 1]; i++) {
                played[next++] = arrivals[i] + shift;
            }
        }
        return new DependencyModel(bucketNanos, n, played, errors, quantiles, rates,
                referenceLatencyNanos, healthyLatencyNanos, unknownBuckets, load);
    }

    /**
     * For each bucket of {@link #withLongerTrouble}'s model, the bucket of this one it plays: every bucket in
     * turn, each failing run followed by {@code ceil(stretch * length)} of its own buckets again, in order.
     */
    private int[] longerTroubleSources(double stretch) {
        IntStream.Builder source = IntStream.builder();
        long count = 0;
        int runFrom = -1;
        for (int b = 0; b < buckets; b++) {
            source.add(b);
            count++;
            boolean failing = errorProbability[b] >= FAILING;
            runFrom = !failing ? -1 : runFrom < 0 ? b : runFrom;
            if (failing && (b + 1 == buckets || errorProbability[b + 1] < FAILING)) {
                int length = b - runFrom + 1;
                long again = (long) Math.ceil(stretch * length);
                count += again;
                if (count > MAX_BUCKETS) {
                    throw new IllegalArgumentException("a stretch of " + stretch + " makes over " + MAX_BUCKETS
                            + " buckets; give a smaller one");
                }
                for (long j = 0; j < again; j++) {
                    source.add(runFrom + (int) (j % length));
                }
            }
        }
        return source.build().toArray();
    }

    @Override
    public String toString() {
        return "DependencyModel[calls=" + calls() + ", buckets=" + buckets + " x " + Duration.ofNanos(bucketNanos)
                + ", reference latency=" + Duration.ofNanos(referenceLatencyNanos)
                + ", unknown buckets=" + unknownBuckets + ", " + load + "]";
    }

    static boolean isFailure(CallRecords.Outcome o) {
        return o == CallRecords.Outcome.FAILURE || o == CallRecords.Outcome.TIMEOUT;
    }
}
