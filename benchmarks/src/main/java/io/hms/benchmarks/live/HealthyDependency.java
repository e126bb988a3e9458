package io.hms.benchmarks.live;

/**
 * A healthy dependency: every call takes about {@code baseMillis} (±25 %) and fails with a small probability.
 */
final class HealthyDependency implements LiveDependency {

    private final long baseNanos;
    private final double errorProbability;
    private final Draws draws;

    HealthyDependency(double baseMillis, double errorProbability, long seed) {
        this.baseNanos = (long) (baseMillis * 1e6);
        this.errorProbability = errorProbability;
        this.draws = new Draws(seed);
    }

    @Override
    public void call(long call, int attempt) throws InterruptedException {
        LiveDependency.sleepNanos((long) (baseNanos * LiveDependency.jitter(draws.uniform(call, attempt, LATENCY))));
        if (draws.uniform(call, attempt, ERROR) < errorProbability) {
            throw new IllegalStateException("dependency error");
        }
    }
}
