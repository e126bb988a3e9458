package io.hms.ga.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

/**
 * Holds one thread's CPU use to a share of one core. Between the steps of its work the thread calls
 * {@link #pace()}, which pauses it until the CPU time it used since {@link #start()} is at most the share
 * of the time passed. A step is not cut short, so the thread may run above its share for one step; the
 * pause after it makes up for it.
 *
 * <p>The CPU time counted is the smaller of the thread's CPU time and the time passed outside pauses, so
 * a JVM that cannot measure a thread's CPU time (the clocks then give its wall time) still paces it, by
 * its busy time. Used by one thread.
 */
public final class CpuPacer {

    /** Where the pacer reads the time and how it pauses; {@link #system()} outside tests. */
    public interface Clocks {

        /** The calling thread's CPU time in nanoseconds; only differences are meaningful. */
        long cpuNanos();

        /** Monotonic wall time in nanoseconds; only differences are meaningful. */
        long wallNanos();

        /** Pauses the calling thread for {@code nanos}. */
        void pause(long nanos) throws InterruptedException;

        /** The JVM's clocks: the thread's CPU time where the JVM measures it, else its wall time. */
        static Clocks system() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            boolean measured = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
            return new Clocks() {
                @Override
                public long cpuNanos() {
                    return measured ? threads.getCurrentThreadCpuTime() : System.nanoTime();
                }

                @Override
                public long wallNanos() {
                    return System.nanoTime();
                }

                @Override
                public void pause(long nanos) throws InterruptedException {
                    TimeUnit.NANOSECONDS.sleep(nanos);
                }
            };
        }
    }

    private final double share;
    private final Clocks clocks;
    private long cpuAtStart;
    private long wallAtStart;
    private long paused;

    /**
     * A pacer holding its thread to {@code share} of one core; 1 never pauses.
     *
     * @throws IllegalArgumentException if {@code share} is not in (0, 1]
     */
    public CpuPacer(double share, Clocks clocks) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("the CPU share must be in (0, 1], got " + share);
        }
        this.share = share;
        this.clocks = clocks;
    }

    /** Starts counting from now, forgetting what was used and passed before: a new stretch of work. */
    public void start() {
        cpuAtStart = clocks.cpuNanos();
        wallAtStart = clocks.wallNanos();
        paused = 0;
    }

    /**
     * Pauses as long as the share requires, on the thread that did the work.
     *
     * @return false when the pause was interrupted (the interrupt is kept for the caller to see), else true
     */
    public boolean pace() {
        if (share >= 1) {
            return true;
        }
        long cpu = clocks.cpuNanos() - cpuAtStart;
        long passed = clocks.wallNanos() - wallAtStart;
        long used = Math.min(cpu, passed - paused);
        long owed = (long) (used / share) - passed;
        if (owed <= 0) {
            return true;
        }
        long pauseStart = clocks.wallNanos();
        try {
            clocks.pause(owed);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            paused += clocks.wallNanos() - pauseStart;
        }
    }
}
