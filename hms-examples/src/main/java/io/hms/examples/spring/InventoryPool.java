package io.hms.examples.spring;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The service's pool of connections to its inventory database, in memory. It can wedge, as a pool whose driver
 * hangs on to dead connections does: every lookup fails, evicting the idle connections does not help, and only a
 * restart of the pool does.
 */
@Component
public class InventoryPool {

    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final AtomicBoolean wedged = new AtomicBoolean();
    private final AtomicInteger restarts = new AtomicInteger();

    /** The units of {@code sku} in stock. */
    public int unitsOf(String sku) {
        if (wedged.get()) {
            throw new IllegalStateException("inventory pool wedged: no connection answers");
        }
        return Math.floorMod(sku.hashCode(), 50);
    }

    /** Wedges the pool (the fault the example injects). */
    public void wedge() {
        wedged.set(true);
    }

    /** Evicts idle connections: no help to a wedged pool. */
    public void evictIdle() {
        // a wedged driver keeps its dead connections busy, so there is nothing idle to evict
    }

    /** Restarts the pool: new connections, nothing wedged; connecting again takes a second. */
    public void restart() throws InterruptedException {
        restarts.incrementAndGet();
        Thread.sleep(RECONNECT);
        wedged.set(false);
    }

    /** How often the pool was restarted. */
    public int restarts() {
        return restarts.get();
    }
}
