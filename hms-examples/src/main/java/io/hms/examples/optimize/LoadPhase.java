package io.hms.examples.optimize;

import io.hms.core.guard.Guard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop traffic through a guard: {@code rate} calls per second, each on its own virtual thread, for a
 * given time; then what the callers saw — goodput, error rate and p99 latency.
 */
final class LoadPhase {

    private LoadPhase() {
    }

    /**
     * What callers saw in one phase.
     *
     * @param calls            calls started
     * @param successes        calls answered by the dependency
     * @param goodputPerSecond successes per second of the phase
     * @param errorRate        failed calls over finished calls
     * @param p99Millis        the 99th percentile of call latency, milliseconds
     */
    record Measurement(long calls, long successes, double goodputPerSecond, double errorRate, double p99Millis) {
    }

    /** Runs {@code rate} calls a second through {@code guard} to {@code dependency} for {@code length}. */
    static Measurement run(Guard guard, OverloadedDependency dependency, int rate, Duration length)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> callers = new ArrayList<>();
        long[] latencies = new long[(int) (rate * length.toMillis() / 1000) + 1];
        AtomicLong recorded = new AtomicLong();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < latencies.length; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            callers.add(Thread.ofVirtual().name("optimize-demo-caller").start(() -> {
                long t0 = System.nanoTime();
                try {
                    guard.callChecked(dependency::call);
                    ok.incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                int slot = (int) recorded.getAndIncrement();
                if (slot < latencies.length) {
                    latencies[slot] = System.nanoTime() - t0;
                }
            }));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        double seconds = length.toNanos() / 1e9;
        long done = ok.get() + failed.get();
        long[] sorted = Arrays.copyOf(latencies, (int) Math.min(latencies.length, recorded.get()));
        Arrays.sort(sorted);
        double p99 = sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)] / 1e6;
        return new Measurement(latencies.length, ok.get(), ok.get() / seconds,
                done == 0 ? 0 : (double) failed.get() / done, p99);
    }
}
