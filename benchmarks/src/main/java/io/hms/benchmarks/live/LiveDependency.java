package io.hms.benchmarks.live;

import java.time.Duration;

/**
 * A dependency the harness calls through a guard: it waits out its latency on the caller's thread (a real
 * sleep, so the guard's timeout can interrupt it) and answers or throws. Its time starts when the phase
 * starts; every draw is keyed by the call and the attempt (see {@link Draws}). Implementations are
 * thread-safe.
 */
interface LiveDependency {

    /** Draw purposes shared by the implementations. */
    int LATENCY = 1;
    int ERROR = 2;
    int MODE = 3;

    /**
     * Serves attempt {@code attempt} (from 1) of call {@code call}.
     *
     * @throws InterruptedException if the guard gave up on the attempt while it waited
     * @throws IllegalStateException when the dependency answers with an error
     */
    void call(long call, int attempt) throws InterruptedException;

    /** Sleeps {@code nanos}, at least 1 µs; an interrupt ends the sleep with an exception. */
    static void sleepNanos(long nanos) throws InterruptedException {
        Thread.sleep(Duration.ofNanos(Math.max(1_000, nanos)));
    }

    /** A jitter factor uniform in [0.75, 1.25). */
    static double jitter(double uniform) {
        return 0.75 + 0.5 * uniform;
    }
}
