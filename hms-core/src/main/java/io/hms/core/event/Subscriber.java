package io.hms.core.event;

import io.hms.api.event.HmsEvent;
import io.hms.api.event.HmsEventListener;
import io.hms.core.internal.HmsThreads;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One subscription: a bounded queue and the virtual thread that drains it into the listener. */
final class Subscriber<E extends HmsEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final Class<E> type;
    private final HmsEventListener<? super E> listener;
    private final BlockingQueue<HmsEvent> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong busDropped;
    private volatile Thread thread;
    private volatile boolean stopped;

    /**
     * @param busDropped the bus's total of dropped deliveries, which outlives this subscriber
     */
    Subscriber(Class<E> type, HmsEventListener<? super E> listener, int capacity, AtomicLong busDropped) {
        this.type = type;
        this.listener = listener;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.busDropped = busDropped;
    }

    void start() {
        thread = HmsThreads.virtual("events-" + type.getSimpleName()).newThread(this::drain);
        thread.start();
    }

    void offer(HmsEvent event) {
        if (stopped || !type.isInstance(event) || queue.offer(event)) {
            return;
        }
        busDropped.incrementAndGet();
        if (dropped.getAndIncrement() == 0) {
            LOG.warn("a listener of {} falls behind; events for it are dropped (listener {})",
                    type.getSimpleName(), listener);
        }
    }

    /** Stops the thread, interrupting the listener if it is running; idempotent. */
    void stop() {
        stopped = true;
        queue.clear();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    /**
     * Delivers until stopped. The loop tests its own flag rather than the interrupt status, so a listener
     * that swallows the interrupt of {@link #stop()} still ends the thread, and one that interrupts itself
     * does not end its subscription.
     */
    private void drain() {
        while (!stopped) {
            HmsEvent event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (!stopped) {
                deliver(type.cast(event));
            }
        }
    }

    private void deliver(E event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException | Error e) {
            LOG.warn("listener {} threw on {}; it keeps receiving events", listener, event, e);
        }
    }
}
