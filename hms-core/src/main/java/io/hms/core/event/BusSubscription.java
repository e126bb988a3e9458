package io.hms.core.event;

import io.hms.api.Subscription;

/**
 * A subscription to the {@link EventBus}: a queue and the thread that drains it into the listener. Closing
 * it ends the deliveries. The thread can also die on its own (a fatal error thrown out of its loop); the
 * subscription is then {@link #dead()}, its events wait in its queue, and {@link #restart()} starts a new
 * thread that delivers them. The runtime's supervisor does so for its agents' subscriptions.
 *
 * <pre>{@code
 * BusSubscription s = bus.subscribe(HealthChanged.class, listener);
 * if (s.dead()) s.restart();   // what the supervisor does every second
 * s.close();
 * }</pre>
 *
 * Thread-safe.
 */
public interface BusSubscription extends Subscription {

    /** What it delivers, e.g. {@code "HealthChanged subscription"}. */
    String name();

    /** Whether its thread died while it is open: its listener receives nothing until {@link #restart()}. */
    boolean dead();

    /**
     * Starts a new thread on its queue if the old one died: the events queued meanwhile are delivered, in
     * order. Does nothing for a live or closed subscription.
     *
     * @return whether a new thread was started
     */
    boolean restart();

    /**
     * Makes its thread die now, as a fatal error would: {@code cause} is thrown out of the thread's loop (a
     * listener running then is interrupted first, and its delivery ends). The queued events stay queued.
     * Returns once the thread has died, or after one second if the listener ignores the interrupt (the thread
     * dies as soon as the listener returns). What the chaos agent's agent-crash fault does; nothing else
     * should call it.
     */
    void crash(Error cause);
}
