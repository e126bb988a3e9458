package io.hms.benchmarks.live;

/**
 * A dependency that is hard down from {@code downFromNanos} to {@code downUntilNanos} after the phase started
 * (an attempt in that stretch hangs {@code hangMillis}, as a connection that never answers, then fails), and
 * healthy before and after ({@code baseMillis} ±25 %, a few errors).
 */
final class OutageDependency implements LiveDependency {

    private final long baseNanos;
    private final double errorProbability;
    private final long downFromNanos;
    private final long downUntilNanos;
    private final long hangNanos;
    private final long startNanos;
    private final Draws draws;

    OutageDependency(double baseMillis, double errorProbability, long downFromNanos, long downUntilNanos,
                     double hangMillis, long startNanos, long seed) {
        this.baseNanos = (long) (baseMillis * 1e6);
        this.errorProbability = errorProbability;
        this.downFromNanos = downFromNanos;
        this.downUntilNanos = downUntilNanos;
        this.hangNanos = (long) (hangMillis * 1e6);
        this.startNanos = startNanos;
        this.draws = new Draws(seed);
    }

    @Override
    public void call(long call, int attempt) throws InterruptedException {
        long elapsed = System.nanoTime() - startNanos;
        if (elapsed >= downFromNanos && elapsed < downUntilNanos) {
            LiveDependency.sleepNanos(hangNanos);
            throw new IllegalStateException("dependency down: no answer");
        }
        LiveDependency.sleepNanos((long) (baseNanos * LiveDependency.jitter(draws.uniform(call, attempt, LATENCY))));
        if (draws.uniform(call, attempt, ERROR) < errorProbability) {
            throw new IllegalStateException("dependency error");
        }
    }
}
