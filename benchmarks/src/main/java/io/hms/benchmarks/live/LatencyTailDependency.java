package io.hms.benchmarks.live;

/**
 * A dependency with a bimodal latency: most attempts take about {@code fastMillis} (±25 %), a fraction
 * {@code slowFraction} take about {@code slowMillis} (±25 %); a few fail.
 */
final class LatencyTailDependency implements LiveDependency {

    private final long fastNanos;
    private final long slowNanos;
    private final double slowFraction;
    private final double errorProbability;
    private final Draws draws;

    LatencyTailDependency(double fastMillis, double slowMillis, double slowFraction, double errorProbability,
                          long seed) {
        this.fastNanos = (long) (fastMillis * 1e6);
        this.slowNanos = (long) (slowMillis * 1e6);
        this.slowFraction = slowFraction;
        this.errorProbability = errorProbability;
        this.draws = new Draws(seed);
    }

    @Override
    public void call(long call, int attempt) throws InterruptedException {
        long base = draws.uniform(call, attempt, MODE) < slowFraction ? slowNanos : fastNanos;
        LiveDependency.sleepNanos((long) (base * LiveDependency.jitter(draws.uniform(call, attempt, LATENCY))));
        if (draws.uniform(call, attempt, ERROR) < errorProbability) {
            throw new IllegalStateException("dependency error");
        }
    }
}
