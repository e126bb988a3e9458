package io.hms.core.event;

import io.hms.api.event.HmsEvent;
import io.hms.api.event.HmsEventListener;
import io.hms.core.time.HmsThreads;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Delivers {@link HmsEvent}s from the agents that publish them to the listeners that subscribe.
 *
 * <pre>{@code
 * EventBus bus = new EventBus();
 * Subscription s = bus.subscribe(HealthChanged.class, e -> log.info("{} -> {}", e.component(), e.current()));
 * bus.publish(new HealthChanged(now, "inventory", Health.up(), Health.down("timeout")));
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 *   <li>{@link #publish} never blocks on a subscriber: each subscriber has its own bounded queue drained
 *       by its own virtual thread ({@code hms-events-…}); when a queue is full the event is dropped
 *       for that subscriber only, counted in {@link #dropped()} and logged once.</li>
 *   <li>Publication order is one order, the same for every subscriber: {@link #publish} hands an event to
 *       every subscriber's queue (without waiting on any) before another publication can hand over its
 *       own, so of two events that reach the same subscribers, every subscriber receives them in the
 *       same order. That order is causal: an event published in reaction to an event {@code E}, by a
 *       listener of {@code E} or by any thread that learnt of {@code E} from the bus, reaches every
 *       subscriber after {@code E}, so a listener of every event sees the healer's {@code IncidentOpened}
 *       after the {@code BreakerTransition} that caused it. Events published by one thread reach every
 *       subscriber in the order that thread published them. A dropped event leaves a gap and reorders
 *       nothing.</li>
 *   <li>A subscriber that throws is logged and keeps receiving later events.</li>
 *   <li>A subscriber whose thread died (see {@link BusSubscription#crash}) keeps its queue; restarted, it
 *       receives what was published meanwhile.</li>
 *   <li>The last {@code historySize} events are kept for {@link #history()}.</li>
 * </ul>
 * Thread-safe. {@link #close()} stops every subscriber thread.
 */
public final class EventBus implements AutoCloseable {

    /** Events kept in the history by default. */
    public static final int DEFAULT_HISTORY = 2048;
    /** Events a subscriber may fall behind by before its new events are dropped. */
    public static final int DEFAULT_QUEUE = 4096;

    private final int historySize;
    private final int queueSize;
    private final ArrayDeque<HmsEvent> history;
    private final List<Subscriber<?>> subscribers = new CopyOnWriteArrayList<>();
    private final List<Waiter<?>> waiters = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Object lifecycle = new Object();
    private final HmsThreads threads;
    /** Held while one event is handed to every queue: publications do not interleave. */
    private final Object fanOut = new Object();
    private volatile boolean closed;

    /** A bus with the default history and queue sizes. */
    public EventBus() {
        this(DEFAULT_HISTORY, DEFAULT_QUEUE);
    }

    /**
     * @param historySize events kept for {@link #history()}; at least 1
     * @param queueSize   events a subscriber may fall behind by; at least 1
     */
    public EventBus(int historySize, int queueSize) {
        this(historySize, queueSize, new HmsThreads());
    }

    /**
     * @param historySize events kept for {@link #history()}; at least 1
     * @param queueSize   events a subscriber may fall behind by; at least 1
     * @param threads     the runtime's threads, which the subscribers' join
     */
    public EventBus(int historySize, int queueSize, HmsThreads threads) {
        this.threads = java.util.Objects.requireNonNull(threads, "threads");
        if (historySize < 1 || queueSize < 1) {
            throw new IllegalArgumentException("historySize and queueSize must be at least 1, got "
                    + historySize + " and " + queueSize);
        }
        this.historySize = historySize;
        this.queueSize = queueSize;
        this.history = new ArrayDeque<>(historySize);
    }

    /**
     * Delivers {@code listener} every later event that is an instance of {@code type}.
     *
     * @return closing it stops the deliveries and the subscriber's thread; it also tells whether the thread
     *         died, and restarts it
     */
    public <E extends HmsEvent> BusSubscription subscribe(Class<E> type, HmsEventListener<? super E> listener) {
        Subscriber<E> subscriber = new Subscriber<>(type, listener, queueSize, dropped, subscribers::remove,
                threads);
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the event bus is closed");
            }
            subscribers.add(subscriber);
            subscriber.start();
        }
        return subscriber;
    }

    /**
     * Publishes {@code event} to every matching subscriber, to the pending {@link #next} futures and to the
     * history; never blocks on a subscriber. It waits only for a concurrent publication to finish handing
     * its event to the queues, which keeps the order of the class comment.
     */
    public void publish(HmsEvent event) {
        if (closed) {
            return;
        }
        List<Runnable> settled = null;
        synchronized (fanOut) {
            synchronized (history) {
                if (history.size() == historySize) {
                    history.removeFirst();
                }
                history.addLast(event);
            }
            for (Subscriber<?> subscriber : subscribers) {
                subscriber.offer(event);
            }
            for (Waiter<?> waiter : waiters) {
                Runnable outcome = waiter.settle(event);
                if (outcome != null) {
                    waiters.remove(waiter);
                    settled = settled == null ? new ArrayList<>(1) : settled;
                    settled.add(outcome);
                }
            }
        }
        if (settled != null) {
            settled.forEach(Runnable::run); // completing a future runs its callers' stages: not under the lock
        }
    }

    /**
     * A future that completes with the next published event of {@code type} matching {@code match}.
     * Useful to wait for an outcome without polling. A future the caller cancels (or times out) is
     * forgotten; {@link #close()} cancels the pending ones, and on a closed bus the future fails at once.
     * {@code match} runs while the event is handed over, holding up other publications: keep it short. The
     * future is completed after the event has reached every subscriber's queue.
     */
    public <E extends HmsEvent> CompletableFuture<E> next(Class<E> type, Predicate<? super E> match) {
        Waiter<E> waiter = new Waiter<>(type, match);
        synchronized (lifecycle) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the event bus is closed"));
            }
            waiters.add(waiter);
        }
        return waiter.future;
    }

    /** The recent events, oldest first. */
    public List<HmsEvent> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** The recent events of {@code type}, oldest first. */
    public <E extends HmsEvent> List<E> history(Class<E> type) {
        List<E> matching = new ArrayList<>();
        for (HmsEvent event : history()) {
            if (type.isInstance(event)) {
                matching.add(type.cast(event));
            }
        }
        return matching;
    }

    /**
     * How many deliveries were dropped because a subscriber had fallen too far behind, over the bus's
     * life (subscribers that have left included).
     */
    public long dropped() {
        return dropped.get();
    }

    /**
     * How many deliveries wait now: the events queued for every subscriber, summed. Near zero while the
     * listeners keep up; a figure that grows means one falls behind (and will drop events at its queue's
     * bound, {@link #DEFAULT_QUEUE} by default).
     */
    public int backlog() {
        int waiting = 0;
        for (Subscriber<?> subscriber : subscribers) {
            waiting += subscriber.backlog();
        }
        return waiting;
    }

    /**
     * Stops every subscriber thread (interrupting a listener that is running, without waiting for it) and
     * cancels the pending {@link #next} futures; later publications are ignored.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
        }
        for (Subscriber<?> subscriber : subscribers) {
            subscriber.stop();
        }
        subscribers.clear();
        for (Waiter<?> waiter : waiters) {
            waiter.future.cancel(false);
        }
        waiters.clear();
    }

    private record Waiter<E extends HmsEvent>(Class<E> type, Predicate<? super E> match, CompletableFuture<E> future) {
        Waiter(Class<E> type, Predicate<? super E> match) {
            this(type, match, new CompletableFuture<>());
        }

        /**
         * What {@code event} does to this waiter: null if it keeps waiting, else what settles its future
         * (nothing when the future is already done, e.g. cancelled); the caller forgets the waiter then.
         */
        Runnable settle(HmsEvent event) {
            if (future.isDone()) {
                return () -> { };
            }
            if (!type.isInstance(event)) {
                return null;
            }
            E typed = type.cast(event);
            try {
                return match.test(typed) ? () -> future.complete(typed) : null;
            } catch (RuntimeException e) {
                return () -> future.completeExceptionally(e);
            }
        }
    }
}
