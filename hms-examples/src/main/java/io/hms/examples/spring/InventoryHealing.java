package io.hms.examples.spring;

import io.hms.api.Fallback;
import io.hms.api.Health;
import io.hms.api.HealthCheck;
import io.hms.api.Repair;
import org.springframework.stereotype.Component;

/** How HMS checks, repairs and stands in for the inventory: the starter registers these methods. */
@Component
public class InventoryHealing {

    private final InventoryPool pool;

    /** @param pool the pool checked and repaired */
    public InventoryHealing(InventoryPool pool) {
        this.pool = pool;
    }

    /** A lookup of a known item: the path the service's calls take. */
    @HealthCheck(component = "inventory", interval = "200ms", timeout = "100ms")
    public Health lookupOfAKnownItem() {
        pool.unitsOf("health-probe");
        return Health.up();
    }

    /** The cheap repair first. */
    @Repair(component = "inventory", level = 1, timeout = "1s")
    public void evictIdleConnections() {
        pool.evictIdle();
    }

    /** Then the one that ends a wedge. */
    @Repair(component = "inventory", level = 2, timeout = "2s")
    public void restartPool() throws InterruptedException {
        pool.restart();
    }

    /** While the inventory cannot answer: no units promised. */
    @Fallback(component = "inventory")
    public Stock unknown(Throwable cause) {
        return new Stock("?", 0, true);
    }
}
