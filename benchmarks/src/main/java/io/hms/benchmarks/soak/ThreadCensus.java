package io.hms.benchmarks.soak;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/**
 * Counts the live threads, virtual ones included, from the JDK's own bookkeeping: the thread containers
 * of {@code jdk.internal.vm.ThreadContainers} (the root container, every thread-per-task executor, each
 * fork-join pool), which the JDK's thread dumps list. {@code ThreadMXBean} counts platform threads only.
 *
 * <p>Why not a thread dump: {@code HotSpotDiagnosticMXBean.dumpThreads} in JSON gives the same counts, but
 * on Temurin 25.0.3 it crashed the JVM (SIGSEGV in {@code GetThreadSnapshotClosure}) during a soak; this
 * census only reads the containers' thread sets and counters.
 *
 * <p>Needs {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}; without it {@link #of()} fails
 * with a message saying so.
 */
final class ThreadCensus {

    private static final String EXPORT = "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED";

    private final Object root;
    private final Method children;
    private final Method threadCount;
    private final Method threads;

    private ThreadCensus(Object root, Method children, Method threadCount, Method threads) {
        this.root = root;
        this.children = children;
        this.threadCount = threadCount;
        this.threads = threads;
    }

    /** How many threads live, and how many of them are named with a prefix. */
    record Counts(int all, int named) {
    }

    /**
     * A census of this JVM's threads.
     *
     * @throws IllegalStateException when the JVM does not export the containers' package to this code
     */
    static ThreadCensus of() {
        try {
            Class<?> containers = Class.forName("jdk.internal.vm.ThreadContainers");
            Class<?> container = Class.forName("jdk.internal.vm.ThreadContainer");
            Object root = containers.getMethod("root").invoke(null);
            return new ThreadCensus(root, container.getMethod("children"), container.getMethod("threadCount"),
                    container.getMethod("threads"));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the soak counts virtual threads from the JDK's thread containers; "
                    + "start the JVM with " + EXPORT, e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JDK (" + Runtime.version() + ") has no jdk.internal.vm thread "
                    + "containers as JDK 21 to 25 do; the soak cannot count virtual threads on it", e);
        }
    }

    /** Counts the live threads now, and those whose name starts with {@code prefix}. */
    Counts count(String prefix) {
        Deque<Object> pending = new ArrayDeque<>();
        pending.add(root);
        long all = 0;
        long named = 0;
        try {
            while (!pending.isEmpty()) {
                Object container = pending.poll();
                all += (long) threadCount.invoke(container);
                try (Stream<?> members = (Stream<?>) threads.invoke(container)) {
                    named += members.filter(t -> ((Thread) t).getName().startsWith(prefix)).count();
                }
                try (Stream<?> nested = (Stream<?>) children.invoke(container)) {
                    nested.forEach(pending::add);
                }
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("counting the JDK's thread containers failed; start the JVM with "
                    + EXPORT, e);
        }
        return new Counts(Math.toIntExact(all), Math.toIntExact(named));
    }
}
