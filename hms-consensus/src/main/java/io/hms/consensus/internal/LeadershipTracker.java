package io.hms.consensus.internal;

import io.hms.api.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this replica leads, and the listeners told when that changes. Only changes are told
 * (true, false, true, ...), in the order they happened; a new listener is told the current value at
 * once. Thread-safe: changes and subscriptions are serialized on this object.
 */
public final class LeadershipTracker implements Consumer<Boolean> {

    private static final Logger LOG = LoggerFactory.getLogger(LeadershipTracker.class);

    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private boolean leading;

    /** Records that this replica now leads ({@code true}) or not, telling listeners if it changed. */
    @Override
    public synchronized void accept(Boolean nowLeading) {
        if (nowLeading == leading) {
            return;
        }
        leading = nowLeading;
        for (Consumer<Boolean> listener : listeners) {
            tell(listener, nowLeading);
        }
    }

    /** Whether this replica leads, as last reported by the state machine. */
    public synchronized boolean leading() {
        return leading;
    }

    /** Tells {@code listener} the current value now and every change later. */
    public synchronized Subscription subscribe(Consumer<Boolean> listener) {
        tell(listener, leading);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Forgets every listener (on close). */
    public void clear() {
        listeners.clear();
    }

    private static void tell(Consumer<Boolean> listener, boolean value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            LOG.warn("leadership listener {} threw on {}", listener, value, e);
        }
    }
}
