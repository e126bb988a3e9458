package io.hms.benchmarks.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Virtual threads that make guarded calls back to back, each going round the components from its own
 * starting point. The guarded code stands for a remote call: it sleeps {@code callLatency}. A call that
 * ends sooner (refused by an open breaker or a full limit and answered by the fallback at once) is
 * followed by a sleep for the rest of {@code callLatency}, so each caller makes at most one call per
 * {@code callLatency} and leaves its carrier once per call, as a thread serving requests from the network
 * does.
 *
 * <p>Callers that never block would not do: a virtual thread only leaves its carrier when it blocks, so
 * two callers would keep both carriers of a 2-core machine. Even yielding after each call
 * ({@link Thread#yield()}) starves the virtual threads started from elsewhere: on JDK 25 the runtime's
 * health checks, started from its scheduler thread, then piled up unstarted (1 700 after 12 s) and
 * every component read DOWN. Without the sleep after a refused call, the same happened whenever most
 * breakers were open at once.
 */
final class Callers implements AutoCloseable {

    private final SoakHost host;
    private final Supplier<String> payload;
    private final long callNanos;
    private final List<Thread> threads = new ArrayList<>();
    private final LongAdder calls = new LongAdder();
    private final LongAdder escaped = new LongAdder();
    private volatile boolean stopped;

    Callers(SoakHost host, Duration callLatency) {
        this.host = host;
        this.callNanos = callLatency.toNanos();
        this.payload = () -> {
            try {
                Thread.sleep(callLatency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // a guard's timeout: the guard reports it
            }
            return "value";
        };
    }

    /** Starts {@code count} callers. */
    void start(int count) {
        int components = host.components().size();
        for (int i = 0; i < count; i++) {
            int first = i % components;
            threads.add(Thread.ofVirtual().name("soak-caller-" + i).start(() -> loop(first, components)));
        }
    }

    private void loop(int first, int components) {
        int next = first;
        while (!stopped) {
            long start = System.nanoTime();
            try {
                host.guard(next).call(payload);
            } catch (RuntimeException e) {
                escaped.increment(); // every component has a fallback: nothing should get here
            }
            calls.increment();
            next = next + 1 == components ? 0 : next + 1;
            long left = callNanos - (System.nanoTime() - start);
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Guarded calls made so far. */
    long calls() {
        return calls.sum();
    }

    /** Calls that threw although every component has a fallback. */
    long escaped() {
        return escaped.sum();
    }

    /** Stops the callers and waits for each to end its current call (at most {@code perThreadMillis} each). */
    void stop(long perThreadMillis) throws InterruptedException {
        stopped = true;
        for (Thread thread : threads) {
            thread.join(perThreadMillis);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(5_000);
    }
}
