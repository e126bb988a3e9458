package io.hms.core.event;

import io.hms.api.event.HmsEvent;
import io.hms.api.event.HmsEventListener;
import io.hms.core.time.HmsThreads;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One subscription: a bounded queue and the virtual thread that drains it into the listener. */
final class Subscriber<E extends HmsEvent> implements BusSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private static final Duration CRASH_WAIT = Duration.ofSeconds(1);

    private final HmsThreads threads;
    private final Class<E> type;
    private final HmsEventListener<? super E> listener;
    private final BlockingQueue<HmsEvent> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong busDropped;
    private final Consumer<? super Subscriber<?>> onClose;
    private final AtomicReference<Error> crash = new AtomicReference<>();
    private volatile Thread thread;
    private volatile boolean stopped;
    /** Whether queued events count as the runtime's work in flight: while the thread lives. Under this lock. */
    private boolean counting = true;
    /** The events counted now: those queued and the one being delivered. Under this lock. */
    private int counted;

    /**
     * @param busDropped the bus's total of dropped deliveries, which outlives this subscriber
     * @param onClose    told when the subscription is closed, before its thread stops
     */
    Subscriber(Class<E> type, HmsEventListener<? super E> listener, int capacity, AtomicLong busDropped,
               Consumer<? super Subscriber<?>> onClose, HmsThreads threads) {
        this.threads = threads;
        this.type = type;
        this.listener = listener;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.busDropped = busDropped;
        this.onClose = onClose;
    }

    synchronized void start() {
        thread = threads.virtual("events-" + type.getSimpleName()).newThread(this::drain);
        thread.start();
    }

    void offer(HmsEvent event) {
        if (stopped || !type.isInstance(event)) {
            return;
        }
        synchronized (this) {
            if (queue.offer(event)) {
                if (counting) {
                    counted++;
                    threads.work().begin();
                }
                return;
            }
        }
        busDropped.incrementAndGet();
        if (dropped.getAndIncrement() == 0) {
            LOG.warn("a listener of {} falls behind; events for it are dropped (listener {})",
                    type.getSimpleName(), listener);
        }
    }

    /** How many events wait for the listener. */
    int backlog() {
        return queue.size();
    }

    /** Stops the thread, interrupting the listener if it is running; idempotent. */
    void stop() {
        stopped = true;
        synchronized (this) {
            queue.clear();
            stopCounting();
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public String name() {
        return type.getSimpleName() + " subscription";
    }

    @Override
    public void close() {
        onClose.accept(this);
        stop();
    }

    @Override
    public boolean dead() {
        Thread t = thread;
        return !stopped && t != null && !t.isAlive();
    }

    @Override
    public synchronized boolean restart() {
        if (!dead()) {
            return false;
        }
        LOG.info("restarting the thread of a {} ({} events queued)", name(), queue.size());
        counting = true;
        counted = queue.size();
        threads.work().begin(counted);
        start();
        return true;
    }

    @Override
    public void crash(Error cause) {
        Objects.requireNonNull(cause, "cause");
        Thread t = thread;
        if (stopped || t == null || !t.isAlive()) {
            return;
        }
        crash.set(cause);
        t.interrupt();
        if (t != Thread.currentThread()) {
            try {
                t.join(CRASH_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Delivers until stopped. The loop tests its own flag rather than the interrupt status, so a listener
     * that swallows the interrupt of {@link #stop()} still ends the thread, and one that interrupts itself
     * does not end its subscription. Only a {@link #crash} ends it otherwise.
     */
    private void drain() {
        try {
            deliverUntilStopped();
        } finally {
            synchronized (this) {
                stopCounting(); // what waits for a dead listener is at rest until the thread is restarted
            }
        }
    }

    private void deliverUntilStopped() {
        while (!stopped) {
            dieIfCrashed();
            HmsEvent event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                continue;
            }
            try {
                if (!stopped) {
                    deliver(type.cast(event));
                }
            } finally {
                delivered();
            }
        }
    }

    /** One event fewer waits for, or is with, the listener. */
    private synchronized void delivered() {
        if (counted > 0) {
            counted--;
            threads.work().end();
        }
    }

    /** The events waiting here no longer count as the runtime's work in flight; under this lock. */
    private void stopCounting() {
        counting = false;
        threads.work().end(counted);
        counted = 0;
    }

    private void dieIfCrashed() {
        Error cause = crash.getAndSet(null);
        if (cause != null) {
            throw cause;
        }
    }

    /** Whatever the listener throws, checked exceptions thrown sneakily included, ends this delivery only. */
    private void deliver(E event) {
        try {
            listener.onEvent(event);
        } catch (Throwable e) {
            LOG.warn("listener {} threw on {}; it keeps receiving events", listener, event, e);
        }
    }
}
