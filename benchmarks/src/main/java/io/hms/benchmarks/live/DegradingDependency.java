package io.hms.benchmarks.live;

/**
 * A dependency that slows down over the phase: an attempt's latency grows linearly from {@code startMillis}
 * at the phase's start to {@code endMillis} at its end (±25 %), and stays there after; a few attempts fail.
 */
final class DegradingDependency implements LiveDependency {

    private final double startNanosLatency;
    private final double slopePerNano;
    private final long phaseNanos;
    private final double errorProbability;
    private final long startNanos;
    private final Draws draws;

    DegradingDependency(double startMillis, double endMillis, long phaseNanos, double errorProbability,
                        long startNanos, long seed) {
        this.startNanosLatency = startMillis * 1e6;
        this.slopePerNano = (endMillis - startMillis) * 1e6 / phaseNanos;
        this.phaseNanos = phaseNanos;
        this.errorProbability = errorProbability;
        this.startNanos = startNanos;
        this.draws = new Draws(seed);
    }

    @Override
    public void call(long call, int attempt) throws InterruptedException {
        long elapsed = Math.min(phaseNanos, Math.max(0, System.nanoTime() - startNanos));
        double base = startNanosLatency + slopePerNano * elapsed;
        LiveDependency.sleepNanos((long) (base * LiveDependency.jitter(draws.uniform(call, attempt, LATENCY))));
        if (draws.uniform(call, attempt, ERROR) < errorProbability) {
            throw new IllegalStateException("dependency error");
        }
    }
}
