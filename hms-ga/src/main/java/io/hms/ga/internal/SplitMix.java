package io.hms.ga.internal;

/**
 * SplitMix64: a small, fast, seedable random generator with no allocation per draw. The same seed
 * always yields the same sequence. Not thread-safe; give each replay its own.
 */
public final class SplitMix {

    private long state;

    /** A generator seeded with {@code seed}. */
    public SplitMix(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
