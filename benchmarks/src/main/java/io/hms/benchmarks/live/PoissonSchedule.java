package io.hms.benchmarks.live;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Open-loop arrivals: the times of a Poisson process of {@code rate} calls a second over a phase, drawn
 * from a seed (exponential gaps). The same seed gives the same schedule.
 */
final class PoissonSchedule {

    private PoissonSchedule() {
    }

    /** Arrival offsets from the phase's start, in nanoseconds, ascending, all below {@code length}. */
    static long[] offsets(double rate, Duration length, long seed) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be positive, got " + rate);
        }
        SplittableRandom random = new SplittableRandom(seed);
        long end = length.toNanos();
        long[] out = new long[(int) (rate * length.toNanos() / 1e9 * 1.5) + 16];
        int n = 0;
        double t = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / rate * 1e9;
            if (t >= end) {
                break;
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = (long) t;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
