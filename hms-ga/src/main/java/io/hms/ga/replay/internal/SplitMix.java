package io.hms.ga.replay.internal;



/**
 * SplitMix64: a small, fast, seedable random generator with no allocation per draw. The same seed
 * always yields the same sequence. Not thread-safe; give each replay its own.
 *
 * <p>It is also counter-based: {@link #uniform(long, long)} is the draw at position {@code counter} of the
 * stream keyed by {@code key}, computed directly (one mix) instead of by stepping. A replay keys a draw by
 * what it is for (call, attempt, purpose), so the same draw comes out whatever was drawn before it
 * (common random numbers). The static methods are pure and thread-safe.
 */
public final class SplitMix {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    /** A generator seeded with {@code seed}. */
    public SplitMix(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        return mix(state += GOLDEN);
    }

    /** A uniform double in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Stafford's variant 13 finalizer, SplitMix64's output function: a bijection that scatters every bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The uniform double in [0, 1) at position {@code counter} of the stream keyed by {@code key}: distinct
     * counters under one key give independent-looking draws, the same pair always the same draw.
     */
    public static double uniform(long key, long counter) {
        return bits53(key, counter) * 0x1.0p-53;
    }

    /**
     * The same draw as {@link #uniform(long, long)} before its scaling: a uniform integer in [0, 2^53), the
     * draw times 2^53 exactly. Integer arithmetic on it spares the conversions to and from double.
     */
    public static long bits53(long key, long counter) {
        return mix(key + (counter + 1) * GOLDEN) >>> 11;
    }

    /**
     * The threshold that decides a draw of probability {@code p} on its {@link #bits53} alone: {@code bits53
     * < threshold53(p)} exactly when {@code uniform < p}, {@code p} in [0, 1].
     */
    public static long threshold53(double p) {
        return (long) Math.ceil(p * 0x1.0p53);
    }
}
