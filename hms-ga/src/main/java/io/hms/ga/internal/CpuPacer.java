package io.hms.ga.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

/**
 * Holds a thread's CPU use to a share of one core. The thread works in stretches (from {@link #start()},
 * on the thread that does the work) and calls {@link #pace()} between the steps of a stretch; each call
 * adds the step's CPU time, divided by the share, less the time the step took, to what the thread owes,
 * and pauses the thread until it owes nothing. A step is not cut short, so the thread runs above its
 * share for at most one step before the pause that makes up for it. Time idle between stretches pays off
 * what is still owed (after an interrupted pause, say) but earns no credit: a stretch after a long idle
 * spell is held to the share from its first step.
 *
 * <p>The CPU time of a step is the smaller of the thread's CPU time and the time the step took, so a JVM
 * that cannot measure a thread's CPU time (the clocks then give its wall time) still paces it, by the time
 * it was busy. Used by one thread at a time; a stretch is paced on the thread that started it.
 */
public final class CpuPacer {

    /** The smallest share a pacer takes: below it, one step's pause would outlast any sensible run. */
    public static final double MIN_SHARE = 0.01;

    /** Where the pacer reads the time and how it pauses; {@link #system()} outside tests. */
    public interface Clocks {

        /** The calling thread's CPU time in nanoseconds; only differences are meaningful. */
        long cpuNanos();

        /** Monotonic wall time in nanoseconds; only differences are meaningful. */
        long wallNanos();

        /** Pauses the calling thread for {@code nanos}. */
        void pause(long nanos) throws InterruptedException;

        /** The JVM's clocks: the thread's CPU time while the JVM measures it, else its wall time. */
        static Clocks system() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            boolean supported = threads.isCurrentThreadCpuTimeSupported();
            return new Clocks() {
                @Override
                public long cpuNanos() {
                    long cpu = supported ? threads.getCurrentThreadCpuTime() : -1; // -1 while measuring is off
                    return cpu >= 0 ? cpu : System.nanoTime();
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
    private boolean started;
    private long lastCpu;
    private long lastWall;
    private long owed;

    /**
     * A pacer holding its thread to {@code share} of one core; 1 never pauses.
     *
     * @throws IllegalArgumentException if {@code share} is not in [{@value #MIN_SHARE}, 1]
     */
    public CpuPacer(double share, Clocks clocks) {
        if (!(share >= MIN_SHARE && share <= 1)) {
            throw new IllegalArgumentException("the CPU share must be in [" + MIN_SHARE + ", 1], got " + share);
        }
        this.share = share;
        this.clocks = clocks;
    }

    /** Starts a stretch of work on the calling thread; the time idle since the last one pays off what is owed. */
    public void start() {
        long cpu = clocks.cpuNanos();
        long wall = clocks.wallNanos();
        if (started) {
            owed = Math.max(0, owed - (wall - lastWall));
        }
        started = true;
        lastCpu = cpu;
        lastWall = wall;
    }

    /**
     * Adds the step since the last call (or since {@link #start()}) to what the thread owes and pauses it
     * for all of it.
     *
     * @return false when the pause was interrupted (the interrupt is kept for the caller to see, and what is
     *         still owed is paid at the next call), else true
     */
    public boolean pace() {
        if (share >= 1) {
            return true;
        }
        if (!started) {
            start();
            return true;
        }
        long cpu = clocks.cpuNanos();
        long wall = clocks.wallNanos();
        long took = wall - lastWall;
        long used = Math.max(0, Math.min(cpu - lastCpu, took));
        owed = Math.max(0, owed + (long) (used / share) - took);
        lastCpu = cpu;
        lastWall = wall;
        if (owed == 0) {
            return true;
        }
        try {
            clocks.pause(owed);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            long after = clocks.wallNanos(); // the thread's CPU time hardly moves in a pause: the next step counts it
            owed = Math.max(0, owed - (after - lastWall));
            lastWall = after;
        }
    }
}
