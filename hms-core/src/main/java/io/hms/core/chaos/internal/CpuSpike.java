package io.hms.core.chaos.internal;

import io.hms.core.internal.HmsThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Busy platform threads named {@code hms-chaos-cpu-…} that spin until reverted. Revert stops them and
 * waits (bounded) for them to end; they are daemons, so even a stuck one cannot keep the JVM alive.
 */
public final class CpuSpike implements Injection {

    private static final ThreadFactory THREADS = HmsThreads.platform("chaos-cpu");

    private final int threads;
    private final List<Thread> started = new ArrayList<>();
    private volatile boolean spinning;

    /** @param threads how many busy threads */
    public CpuSpike(int threads) {
        this.threads = threads;
    }

    @Override
    public synchronized void apply() {
        spinning = true;
        for (int i = 0; i < threads; i++) {
            Thread thread = THREADS.newThread(this::spin);
            started.add(thread);
            thread.start();
        }
    }

    private void spin() {
        double x = 1.0;
        while (spinning && !Thread.currentThread().isInterrupted()) {
            for (int i = 0; i < 10_000; i++) {
                x = x * 1.000_001 + 1e-9;
            }
        }
        if (x == 42) {
            System.out.print(""); // keeps the loop from being optimised away
        }
    }

    @Override
    public synchronized void revert() {
        spinning = false;
        for (Thread thread : started) {
            thread.interrupt();
        }
        for (Thread thread : started) {
            try {
                thread.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        started.clear();
    }
}
