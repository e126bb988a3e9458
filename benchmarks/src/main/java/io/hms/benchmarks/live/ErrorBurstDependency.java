package io.hms.benchmarks.live;

/**
 * A dependency with periodic error bursts: every {@code period}, starting a third of a period into the phase,
 * a burst of {@code length} during which a fraction {@code burstFailure} of the attempts fail fast (1 ms);
 * between bursts it is healthy ({@code baseMillis} ±25 %, a few errors).
 */
final class ErrorBurstDependency implements LiveDependency {

    private final long baseNanos;
    private final double errorProbability;
    private final long periodNanos;
    private final long lengthNanos;
    private final double burstFailure;
    private final long startNanos;
    private final Draws draws;

    ErrorBurstDependency(double baseMillis, double errorProbability, long periodNanos, long lengthNanos,
                         double burstFailure, long startNanos, long seed) {
        this.baseNanos = (long) (baseMillis * 1e6);
        this.errorProbability = errorProbability;
        this.periodNanos = periodNanos;
        this.lengthNanos = lengthNanos;
        this.burstFailure = burstFailure;
        this.startNanos = startNanos;
        this.draws = new Draws(seed);
    }

    /** Whether {@code elapsedNanos} after the phase started falls in a burst. */
    static boolean inBurst(long elapsedNanos, long periodNanos, long lengthNanos) {
        long t = elapsedNanos - periodNanos / 3;
        return t >= 0 && t % periodNanos < lengthNanos;
    }

    @Override
    public void call(long call, int attempt) throws InterruptedException {
        if (inBurst(System.nanoTime() - startNanos, periodNanos, lengthNanos)
                && draws.uniform(call, attempt, MODE) < burstFailure) {
            LiveDependency.sleepNanos(1_000_000);
            throw new IllegalStateException("dependency error burst");
        }
        LiveDependency.sleepNanos((long) (baseNanos * LiveDependency.jitter(draws.uniform(call, attempt, LATENCY))));
        if (draws.uniform(call, attempt, ERROR) < errorProbability) {
            throw new IllegalStateException("dependency error");
        }
    }
}
