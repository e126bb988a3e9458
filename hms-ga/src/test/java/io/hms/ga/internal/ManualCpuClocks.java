package io.hms.ga.internal;

/**
 * Clocks for a {@link CpuPacer} that tests move by hand: work moves the CPU time and the wall time alike,
 * idling and pausing only the wall time. With a step set, every read of the CPU time first works that
 * step, standing for the work done since the last read. A test overrides {@link #pause} to see or stop a
 * pause, calling this one for the time to pass.
 */
public class ManualCpuClocks implements CpuPacer.Clocks {

    private final long stepNanos;
    private long cpu;
    private long wall;
    private long pausedNanos;
    private int pauses;

    /** Clocks moved only by {@link #work} and {@link #idle}. */
    public ManualCpuClocks() {
        this(0);
    }

    /** Clocks that work {@code stepNanos} before each read of the CPU time. */
    public ManualCpuClocks(long stepNanos) {
        this.stepNanos = stepNanos;
    }

    /** The thread works: its CPU time and the wall time move on together. */
    public void work(long nanos) {
        cpu += nanos;
        wall += nanos;
    }

    /** The thread waits for something else: only the wall time moves on. */
    public void idle(long nanos) {
        wall += nanos;
    }

    @Override
    public long cpuNanos() {
        work(stepNanos);
        return cpu;
    }

    @Override
    public long wallNanos() {
        return wall;
    }

    @Override
    public void pause(long nanos) throws InterruptedException {
        wall += nanos;
        pausedNanos += nanos;
        pauses++;
    }

    /** The CPU time worked so far. */
    public long cpu() {
        return cpu;
    }

    /** The wall time passed so far. */
    public long wall() {
        return wall;
    }

    /** The time paused so far. */
    public long pausedNanos() {
        return pausedNanos;
    }

    /** How many pauses the pacer asked for. */
    public int pauses() {
        return pauses;
    }
}
