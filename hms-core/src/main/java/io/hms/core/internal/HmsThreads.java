package io.hms.core.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;

/**
 * Factories of the threads HMS starts; every one is named {@code hms-<name>-<n>} and remembered
 * (weakly) so that {@link #alive()} can tell which are still running, virtual threads included.
 */
public final class HmsThreads {

    /** The prefix of every thread HMS starts. */
    public static final String PREFIX = "hms-";

    private static final Queue<WeakReference<Thread>> STARTED = new ConcurrentLinkedQueue<>();

    private HmsThreads() {
    }

    /** Virtual threads named {@code hms-<name>-<n>}. */
    public static ThreadFactory virtual(String name) {
        return tracked(Thread.ofVirtual().name(PREFIX + name + "-", 0).factory());
    }

    /** Daemon platform threads named {@code hms-<name>-<n>}. */
    public static ThreadFactory platform(String name) {
        return tracked(Thread.ofPlatform().name(PREFIX + name + "-", 0).daemon(true).factory());
    }

    /** Starts {@code task} on a new virtual thread named {@code hms-<name>-<n>}. */
    public static Thread startVirtual(String name, Runnable task) {
        Thread thread = virtual(name).newThread(task);
        thread.start();
        return thread;
    }

    /** The threads made by these factories that have not terminated. */
    public static List<Thread> alive() {
        List<Thread> alive = new ArrayList<>();
        STARTED.removeIf(ref -> {
            Thread t = ref.get();
            if (t == null || t.getState() == Thread.State.TERMINATED) {
                return true;
            }
            if (t.isAlive()) {
                alive.add(t);
            }
            return false;
        });
        return alive;
    }

    private static ThreadFactory tracked(ThreadFactory factory) {
        return task -> {
            Thread thread = factory.newThread(task);
            STARTED.add(new WeakReference<>(thread));
            return thread;
        };
    }
}
