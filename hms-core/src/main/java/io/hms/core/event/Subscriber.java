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
    private volatile Thread thread;

    Subscriber(Class<E> type, HmsEventListener<? super E> listener, int capacity) {
        this.type = type;
        this.listener = listener;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    void start() {
        thread = HmsThreads.virtual("events-" + type.getSimpleName()).newThread(this::drain);
        thread.start();
    }

    void offer(HmsEvent event) {
        if (type.isInstance(event) && !queue.offer(event) && dropped.getAndIncrement() == 0) {
            LOG.warn("a listener of {} falls behind; events for it are dropped (listener {})",
                    type.getSimpleName(), listener);
        }
    }

    long dropped() {
        return dropped.get();
    }

    void stop() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    private void drain() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                deliver(type.cast(queue.take()));
            }
        } catch (InterruptedException e) {
            // closed
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
