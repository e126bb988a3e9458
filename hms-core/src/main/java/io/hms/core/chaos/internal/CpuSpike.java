package io.hms.core.chaos.internal;

import io.hms.core.time.HmsThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Busy platform threads named {@code hms-chaos-cpu-…} that spin until reverted. Revert stops them and
 * waits (bounded) for them to end; they are daemons, so even a stuck one cannot keep the JVM alive.
 */
public final class CpuSpike implements Injection {


    private final int threads;
    private final List<Thread> started = new ArrayList<>();
    private volatile boolean spinning;

    private final ThreadFactory factory;

    /**
     * @param threads how many busy threads
     * @param owner   the runtime's threads, which these join
     */
    public CpuSpike(int threads, HmsThreads owner) {
        this.threads = threads;
        this.factory = owner.platform("chaos-cpu");
    }

    @Override
    public synchronized void apply() {
        spinning = true;
        for (int i = 0; i < threads; i++) {
            Thread thread = factory.newThread(this::spin);
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
