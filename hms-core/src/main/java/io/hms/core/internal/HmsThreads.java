package io.hms.core.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Factories of the threads HMS starts; every one is named {@code hms-<name>-<n>} and remembered
 * (weakly) so that {@link #alive()} can tell which are still running, virtual threads included. A thread
 * that dies of an exception it did not catch says so in the log, not on the standard error stream.
 */
public final class HmsThreads {

    /** The prefix of every thread HMS starts. */
    public static final String PREFIX = "hms-";

    private static final Logger LOG = LoggerFactory.getLogger(HmsThreads.class);
    private static final Queue<WeakReference<Thread>> STARTED = new ConcurrentLinkedQueue<>();
    private static final Thread.UncaughtExceptionHandler LOG_DEATH =
            (thread, error) -> LOG.error("thread {} died", thread.getName(), error);

    private HmsThreads() {
    }

    /** Virtual threads named {@code hms-<name>-<n>}. */
    public static ThreadFactory virtual(String name) {
        return tracked(Thread.ofVirtual().name(PREFIX + name + "-", 0).uncaughtExceptionHandler(LOG_DEATH).factory());
    }

    /** Daemon platform threads named {@code hms-<name>-<n>}. */
    public static ThreadFactory platform(String name) {
        return tracked(Thread.ofPlatform().name(PREFIX + name + "-", 0).daemon(true)
                .uncaughtExceptionHandler(LOG_DEATH).factory());
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
