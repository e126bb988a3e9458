package io.hms.ga.replay;



/**
 * How the objectives of a {@link ReplayResult} fold into one scalar fitness (higher is better):
 *
 * <pre>{@code
 * score = goodput  * (successful calls / offered calls)
 *       - errors   * (calls that failed or timed out / offered calls)
 *       - refusals * (calls the breaker or the limit refused / offered calls)
 *       - latency  * log2(max(1, p99 of successful calls / reference latency))
 *       - load     * max(0, attempts sent / offered calls - 1)
 * }</pre>
 *
 * What the host's callers get: goodput, the p99 of the calls that succeeded, and errors — where a call
 * refused early costs a caller less than one that failed or timed out after waiting, so shedding load
 * the dependency cannot take earns its keep. The reference latency is the trace's median successful
 * latency, so the latency term counts doublings of p99 over a normal call; the load term is the extra work
 * sent to the dependency beyond one attempt per call (retries). Goodput in calls per second is the first
 * term times the offered rate, constant for one trace. Defaults: goodput 1.0, errors 0.5, refusals 0.2,
 * latency 0.05, load 0.1 — delivered calls dominate, failures the caller waited for cost half again,
 * refusals a fifth, and each doubling of p99 or each extra 100 % of load costs about as much as 5 % or
 * 10 % of goodput.
 *
 * @param goodput  weight of the delivered fraction, at least 0
 * @param errors   weight of the fraction that failed or timed out, at least 0
 * @param refusals weight of the fraction refused early, at least 0
 * @param latency  weight of the p99 doublings, at least 0
 * @param load     weight of the load amplification, at least 0
 */
public record ScoreWeights(double goodput, double errors, double refusals, double latency, double load) {

    /** Validates the fields. */
    public ScoreWeights {
        check(goodput, "goodput");
        check(errors, "errors");
        check(refusals, "refusals");
        check(latency, "latency");
        check(load, "load");
    }

    private static void check(double w, String name) {
        if (!(w >= 0 && Double.isFinite(w))) {
            throw new IllegalArgumentException("weight " + name + " must be a finite number >= 0, got " + w);
        }
    }

    /** Goodput 1.0, errors 0.5, refusals 0.2, latency 0.05, load 0.1. */
    public static ScoreWeights defaults() {
        return new ScoreWeights(1.0, 0.5, 0.2, 0.05, 0.1);
    }

    /** The scalar score of {@code r}, against {@code referenceLatencyNanos}. */
    public double score(ReplayResult r, long referenceLatencyNanos) {
        if (r.offeredCalls() == 0) {
            return 0;
        }
        double offered = r.offeredCalls();
        double latencyRatio = (double) r.p99LatencyNanos() / Math.max(1, referenceLatencyNanos);
        double doublings = latencyRatio > 1 ? Math.log(latencyRatio) / Math.log(2) : 0;
        double amplification = Math.max(0, r.attemptsSent() / offered - 1);
        return goodput * (r.successfulCalls() / offered) - errors * ((r.failedCalls() - r.rejectedCalls()) / offered)
                - refusals * (r.rejectedCalls() / offered) - latency * doublings - load * amplification;
    }

    /**
     * The scalar score of mean {@code objectives}, by the same formula as {@link #score(ReplayResult, long)}:
     * the delivered fraction is goodput over the offered rate, the load amplification load over the offered
     * rate; the objectives keep refusals among the errors, so they weigh as errors here. Used to pick one member of a Pareto front
     * ({@link io.hms.ga.search.PolicyFront#pick(ScoreWeights, DependencyModel)}).
     *
     * @param offeredPerSecond      the trace's offered calls per second, positive
     * @param referenceLatencyNanos the latency reference (the trace's median successful latency)
     */
    public double score(Objectives objectives, double offeredPerSecond, long referenceLatencyNanos) {
        if (!(offeredPerSecond > 0)) {
            throw new IllegalArgumentException("offeredPerSecond must be positive, got " + offeredPerSecond);
        }
        double latencyRatio = objectives.p99LatencyNanos() / Math.max(1, referenceLatencyNanos);
        double doublings = latencyRatio > 1 ? Math.log(latencyRatio) / Math.log(2) : 0;
        double amplification = Math.max(0, objectives.loadPerSecond() / offeredPerSecond - 1);
        return goodput * (objectives.goodputPerSecond() / offeredPerSecond) - errors * objectives.errorRate()
                - latency * doublings - load * amplification;
    }
}
