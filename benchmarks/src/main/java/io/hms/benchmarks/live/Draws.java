package io.hms.benchmarks.live;

/**
 * Seeded random numbers keyed by a call, its attempt and what the draw is for, so that under one seed a
 * call's attempt meets the same dependency whatever the policy in front of it (common random numbers) and
 * whatever thread serves it. Stateless and thread-safe.
 */
final class Draws {

    private final long seed;

    Draws(long seed) {
        this.seed = seed;
    }

    /** A uniform number in [0, 1) for {@code call}'s {@code attempt}, the draw named {@code purpose}. */
    double uniform(long call, int attempt, int purpose) {
        long z = mix(seed ^ mix(call * 0x9E3779B97F4A7C15L + attempt * 0xC2B2AE3D27D4EB4FL + purpose));
        return (z >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finalizer. */
    static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
