package io.hms.benchmarks.soak;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Virtual threads that make guarded calls back to back, each going round the components from its own
 * starting point, {@code count} of them at any time. A thread makes {@value #CALLS_PER_THREAD} calls, then
 * starts its successor and ends, as a server that gives each request or session a virtual thread of its
 * own does; the runtime's bookkeeping per calling thread (a timeout slot, for one) is exercised by
 * threads that come and go, not by the same 200 for ever.
 *
 * <p>The guarded code stands for a remote call: it sleeps {@code callLatency}. A call that ends sooner
 * (refused by an open breaker or a full limit and answered by the fallback at once) is followed by a sleep
 * for the rest of {@code callLatency}, so each caller makes at most one call per {@code callLatency} and
 * leaves its carrier once per call, as a thread serving requests from the network does.
 *
 * <p>Callers that never block would not do: a virtual thread only leaves its carrier when it blocks, so
 * two callers would keep both carriers of a 2-core machine. Even yielding after each call
 * ({@link Thread#yield()}) starves the virtual threads started from elsewhere: on JDK 25 the runtime's
 * health checks, started from its scheduler thread, then piled up unstarted (1 700 after 12 s) and
 * every component read DOWN. Without the sleep after a refused call, the same happened whenever most
 * breakers were open at once.
 */
final class Callers implements AutoCloseable {

    /** Calls a caller thread makes before a new thread takes its place. */
    static final int CALLS_PER_THREAD = 500;

    private final SoakHost host;
    private final Supplier<String> payload;
    private final long callNanos;
    private final LongAdder calls = new LongAdder();
    private final LongAdder escaped = new LongAdder();
    private final AtomicLong threadsStarted = new AtomicLong();
    private volatile CountDownLatch ended = new CountDownLatch(0);
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
        ended = new CountDownLatch(count);
        int components = host.components().size();
        for (int i = 0; i < count; i++) {
            startCaller(i, i % components);
        }
    }

    private void startCaller(int slot, int first) {
        threadsStarted.incrementAndGet();
        Thread.ofVirtual().name("soak-caller-" + slot).start(() -> serve(slot, first));
    }

    /** Makes this thread's calls, then hands its slot to a new thread, or ends the slot once stopped. */
    private void serve(int slot, int first) {
        int components = host.components().size();
        int next = first;
        for (int made = 0; made < CALLS_PER_THREAD; made++) {
            if (stopped || !call(next)) {
                ended.countDown();
                return;
            }
            next = next + 1 == components ? 0 : next + 1;
        }
        startCaller(slot, next);
    }

    /** One guarded call, then the rest of {@code callLatency}; false if interrupted. */
    private boolean call(int component) {
        long start = System.nanoTime();
        try {
            host.guard(component).call(payload);
        } catch (RuntimeException e) {
            escaped.increment(); // every component has a fallback: nothing should get here
        }
        calls.increment();
        long left = callNanos - (System.nanoTime() - start);
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                return false;
            }
        }
        return true;
    }

    /** Guarded calls made so far. */
    long calls() {
        return calls.sum();
    }

    /** Calls that threw although every component has a fallback. */
    long escaped() {
        return escaped.sum();
    }

    /** Caller threads started so far. */
    long threadsStarted() {
        return threadsStarted.get();
    }

    /**
     * Stops the callers: each ends after its current call.
     *
     * @throws IllegalStateException if some are still calling after 30 s
     */
    @Override
    public void close() {
        stopped = true;
        if (!awaitEnd()) {
            throw new IllegalStateException(ended.getCount() + " soak callers were still calling 30 s after the "
                    + "stop; a guarded call hangs past its timeout");
        }
    }

    private boolean awaitEnd() {
        try {
            return ended.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the soak callers to stop", e);
        }
    }
}
