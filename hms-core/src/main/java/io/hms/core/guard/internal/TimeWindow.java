package io.hms.core.guard.internal;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.time.Scheduler;

/**
 * The outcomes of the last N seconds, in one bucket per second. A bucket is stamped with the second
 * (of the scheduler's monotonic clock) it counts; the first writer of a new second claims a stale
 * bucket by compare-and-set and zeroes it. Reads sum the buckets whose stamp lies in the window, so
 * they cost O(N) and happen only when a failure or slow call is judged.
 *
 * <p>A writer that loses the race for a bucket being reset drops its sample; this happens at most
 * around a second boundary and does not bias the rates.
 */
public final class TimeWindow implements SlidingWindow {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long UNUSED = Long.MIN_VALUE;
    private static final long RESETTING = Long.MIN_VALUE + 1;
    private static final int TOTAL = 0;
    private static final int FAILED = 1;
    private static final int SLOW = 2;

    private final int seconds;
    private final Scheduler clock;
    private final Cells stamps;
    private final Cells counts; // 3 per bucket: total, failed, slow

    /** An empty window of {@code seconds} read on {@code clock}, safe to share between threads. */
    public TimeWindow(int seconds, Scheduler clock) {
        this(seconds, clock, false);
    }

    /** An empty window of {@code seconds} read on {@code clock}; {@code confined}: plain cells, one thread. */
    public TimeWindow(int seconds, Scheduler clock, boolean confined) {
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds must be at least 1, got " + seconds);
        }
        this.seconds = seconds;
        this.clock = clock;
        this.stamps = Cells.of(seconds, confined);
        this.counts = Cells.of(seconds * 3, confined);
        for (int i = 0; i < seconds; i++) {
            stamps.set(i, UNUSED);
        }
    }

    private long currentSecond() {
        return Math.floorDiv(clock.nanoTime(), NANOS_PER_SECOND);
    }

    @Override
    public void record(int outcome) {
        long second = currentSecond();
        int bucket = (int) Math.floorMod(second, (long) seconds);
        long stamp = stamps.get(bucket);
        if (stamp != second && !claim(bucket, stamp, second)) {
            return;
        }
        int base = bucket * 3;
        counts.getAndAdd(base + TOTAL, 1);
        if ((outcome & Outcomes.FAILED) != 0) {
            counts.getAndAdd(base + FAILED, 1);
        }
        if ((outcome & Outcomes.SLOW) != 0) {
            counts.getAndAdd(base + SLOW, 1);
        }
    }

    private boolean claim(int bucket, long stamp, long second) {
        if (stamp == RESETTING || (stamp != UNUSED && stamp > second)) {
            return false;
        }
        if (!stamps.compareAndSet(bucket, stamp, RESETTING)) {
            return stamps.get(bucket) == second;
        }
        int base = bucket * 3;
        counts.set(base + TOTAL, 0);
        counts.set(base + FAILED, 0);
        counts.set(base + SLOW, 0);
        stamps.set(bucket, second);
        return true;
    }

    private int sum(int which) {
        long now = currentSecond();
        long total = 0;
        for (int i = 0; i < seconds; i++) {
            long stamp = stamps.get(i);
            if (stamp != UNUSED && stamp != RESETTING && stamp > now - seconds && stamp <= now) {
                total += counts.get(i * 3 + which);
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public int bufferedCalls() {
        return sum(TOTAL);
    }

    @Override
    public int failedCalls() {
        return sum(FAILED);
    }

    @Override
    public int slowCalls() {
        return sum(SLOW);
    }

    /** A TIME window judges once {@code minimumCalls} calls are buffered. */
    @Override
    public int minimumCalls(BreakerPolicy policy) {
        return policy.minimumCalls();
    }

    @Override
    public void clear() {
        for (int i = 0; i < seconds; i++) {
            stamps.set(i, UNUSED);
        }
    }

    @Override
    public SlidingWindow reshape(BreakerPolicy policy, Scheduler newClock) {
        if (policy.windowType() != WindowType.TIME) {
            return SlidingWindow.of(policy, newClock, stamps.isConfined());
        }
        if (policy.windowSize() == seconds) {
            return this;
        }
        TimeWindow resized = new TimeWindow(policy.windowSize(), newClock, stamps.isConfined());
        long now = currentSecond();
        for (int i = 0; i < seconds; i++) {
            long stamp = stamps.get(i);
            if (stamp != UNUSED && stamp != RESETTING && stamp > now - resized.seconds && stamp <= now) {
                int base = i * 3;
                long total = counts.get(base + TOTAL);
                long failed = counts.get(base + FAILED);
                long slow = counts.get(base + SLOW);
                resized.copy(stamp, total, failed, slow);
            }
        }
        return resized;
    }

    private void copy(long second, long total, long failed, long slow) {
        int bucket = (int) Math.floorMod(second, (long) seconds);
        stamps.set(bucket, second);
        counts.set(bucket * 3 + TOTAL, total);
        counts.set(bucket * 3 + FAILED, failed);
        counts.set(bucket * 3 + SLOW, slow);
    }
}
