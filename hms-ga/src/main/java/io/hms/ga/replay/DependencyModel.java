package io.hms.ga.replay;

import io.hms.api.optimize.CallRecords;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * A dependency's behaviour over time, reconstructed from a recorded {@link CallRecords}, that a
 * {@link TraceReplay} plays candidate policies against. The trace is cut into time buckets; for each it
 * keeps the probability that an attempt fails (FAILURE or TIMEOUT), the latency distributions of
 * successful and of failed attempts (16 quantiles each, sampled by interpolation), and the rate of
 * attempts the dependency carried; a {@link LoadModel} says how it worsens beyond that rate. Every
 * attempt that reached the dependency, retries included, tells how it behaved; refusals do not. Every
 * call's first attempt, refused or not, is replayed as one caller call; the recorded retries are not,
 * since the candidate policy makes its own. Buckets without attempts inherit their neighbour's
 * behaviour; a TIMEOUT's recorded latency (the old deadline) stands in for its unknown true latency.
 *
 * <pre>{@code
 * DependencyModel model = DependencyModel.fromTrace(guard.trace().snapshot());
 * TraceReplay replay = TraceReplay.of(model);
 * }</pre>
 *
 * <p>Immutable and thread-safe; built once per trace, shared by every evaluation.
 */
public final class DependencyModel {

    /** Quantiles kept per bucket and distribution. */
    static final int QUANTILES = 16;

    final long bucketNanos;
    final int buckets;
    final long[] arrivals;
    final double[] errorProbability;
    final double[] latencyQuantiles; // per bucket: QUANTILES of successful attempts, then of failed ones
    final double[] attemptRate;
    final long referenceLatencyNanos;
    final LoadModel load;

    private DependencyModel(long bucketNanos, int buckets, long[] arrivals, double[] errorProbability,
                            double[] latencyQuantiles, double[] capacity, long referenceLatencyNanos, LoadModel load) {
        this.bucketNanos = bucketNanos;
        this.buckets = buckets;
        this.arrivals = arrivals;
        this.errorProbability = errorProbability;
        this.latencyQuantiles = latencyQuantiles;
        this.attemptRate = capacity;
        this.referenceLatencyNanos = referenceLatencyNanos;
        this.load = load;
    }

    /** The model of {@code trace} with one-second buckets and {@link LoadModel#defaults()}. */
    public static DependencyModel fromTrace(CallRecords trace) {
        return fromTrace(trace, Duration.ofSeconds(1), LoadModel.defaults());
    }

    /**
     * The model of {@code trace}.
     *
     * @param bucket the length of a time bucket, positive
     * @param load   how the dependency worsens under extra load
     * @throws IllegalArgumentException if the trace has no call's first attempt or the bucket is not positive
     */
    public static DependencyModel fromTrace(CallRecords trace, Duration bucket, LoadModel load) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(load, "load");
        long width = Objects.requireNonNull(bucket, "bucket").toNanos();
        if (width <= 0) {
            throw new IllegalArgumentException("bucket must be positive, got " + bucket);
        }
        int n = trace.size();
        if (n == 0) {
            throw new IllegalArgumentException("the trace is empty; record some calls before optimizing");
        }
        long t0 = Long.MAX_VALUE;
        long t1 = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            t0 = Math.min(t0, trace.startNanos(i));
            t1 = Math.max(t1, trace.startNanos(i));
        }
        long span = t1 - t0;
        if (span / width >= 1_000_000) {
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
            if (trace.attempt(i) == 1) {
                arrivals[call++] = trace.startNanos(i) - t0;
            }
        }
        Arrays.sort(arrivals);
        return new TraceDigest(trace, t0, width, buckets).toModel(arrivals, load);
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
                              long referenceLatencyNanos, LoadModel load) {
        return new DependencyModel(bucketNanos, buckets, arrivals, errorProbability,
                interleave(successLatency, failureLatency, buckets), capacity, referenceLatencyNanos, load);
    }

    /** How many caller calls a replay offers. */
    public int calls() {
        return arrivals.length;
    }

    /** The span of the trace the rates are measured over, in nanoseconds (whole buckets). */
    public long durationNanos() {
        return buckets * bucketNanos;
    }

    /** How many time buckets. */
    public int buckets() {
        return buckets;
    }

    /** The probability that an attempt fails in bucket {@code b}, before load effects. */
    public double errorProbability(int b) {
        return errorProbability[b];
    }

    /** The median latency of successful attempts in bucket {@code b}, in nanoseconds. */
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

    /** How the dependency worsens under extra load. */
    public LoadModel load() {
        return load;
    }

    /** This model under another load model. */
    public DependencyModel withLoad(LoadModel newLoad) {
        return new DependencyModel(bucketNanos, buckets, arrivals, errorProbability, latencyQuantiles, attemptRate,
                referenceLatencyNanos, Objects.requireNonNull(newLoad, "load"));
    }

    @Override
    public String toString() {
        return "DependencyModel[calls=" + calls() + ", buckets=" + buckets + " x " + Duration.ofNanos(bucketNanos)
                + ", reference latency=" + Duration.ofNanos(referenceLatencyNanos) + ", " + load + "]";
    }

    static boolean isFailure(CallRecords.Outcome o) {
        return o == CallRecords.Outcome.FAILURE || o == CallRecords.Outcome.TIMEOUT;
    }
}
