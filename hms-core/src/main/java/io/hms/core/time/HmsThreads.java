package io.hms.core.time;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads one runtime starts: factories of threads named {@code hms-<name>-<n>}, and the set of those
 * still alive. Each runtime owns one ({@code Hms.threads()}); a thread leaves the set when it ends, so the
 * bookkeeping holds only the live threads, however many come and go. Nothing is shared between runtimes:
 * there is no process-wide registry of threads.
 *
 * <pre>{@code
 * HmsThreads threads = new HmsThreads();
 * ExecutorService passes = Executors.newThreadPerTaskExecutor(threads.virtual("healer"));
 * ...
 * passes.shutdownNow();
 * threads.alive();   // what is still running
 * }</pre>
 *
 * Thread-safe.
 */
public final class HmsThreads {

    private static final Logger LOG = LoggerFactory.getLogger(HmsThreads.class);

    /**
     * What a thread that dies of an exception leaves: a line in the host's log, not a stack trace on its
     * standard error. The supervisor restarts an agent whose thread died.
     */
    private static final Thread.UncaughtExceptionHandler LOGGED = (thread, error) ->
            LOG.error("{} died: {}", thread.getName(), error.toString(), error);

    /** The prefix of every thread HMS starts. */
    public static final String PREFIX = "hms-";

    private final Set<Thread> live = ConcurrentHashMap.newKeySet();
    private final InFlightWork work = new InFlightWork();

    /**
     * The work under way on these threads that a {@link ManualScheduler} waits for before it moves time:
     * the runtime's parts count what they hand to these threads there.
     */
    public InFlightWork work() {
        return work;
    }

    /** Virtual threads named {@code hms-<name>-<n>}, owned by this set. */
    public ThreadFactory virtual(String name) {
        return owned(Thread.ofVirtual().name(PREFIX + name + "-", 0).factory());
    }

    /** Daemon platform threads named {@code hms-<name>-<n>}, owned by this set. */
    public ThreadFactory platform(String name) {
        return owned(Thread.ofPlatform().name(PREFIX + name + "-", 0).daemon(true).factory());
    }

    /** Starts {@code task} on a new virtual thread named {@code hms-<name>-<n>}, owned by this set. */
    public Thread startVirtual(String name, Runnable task) {
        Thread thread = virtual(name).newThread(task);
        thread.start();
        return thread;
    }

    /** The threads of this set that have not ended. */
    public List<Thread> alive() {
        live.removeIf(thread -> thread.getState() == Thread.State.TERMINATED);
        return List.copyOf(live);
    }

    /** How many threads the set holds now: the live ones, and any made but not yet started. */
    int tracked() {
        return live.size();
    }

    private ThreadFactory owned(ThreadFactory factory) {
        return task -> {
            Thread thread = factory.newThread(() -> {
                try {
                    task.run();
                } finally {
                    live.remove(Thread.currentThread());
                }
            });
            thread.setUncaughtExceptionHandler(LOGGED);
            live.add(thread);
            return thread;
        };
    }
}
