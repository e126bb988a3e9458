package io.hms.examples.checkout;

import io.hms.api.Fallback;
import io.hms.api.Health;
import io.hms.api.HealthCheck;
import io.hms.api.Repair;

/** The inventory's health check, repairs and fallback, registered with annotations. */
public final class InventoryFunctions {

    /** What the fallback answers: one unit, the order is confirmed later. */
    public static final int ASSUMED_STOCK = 1;

    private final InventoryService inventory;

    /** @param inventory the service these functions watch and repair */
    public InventoryFunctions(InventoryService inventory) {
        this.inventory = inventory;
    }

    /** Asks for the stock of a probe SKU. */
    @HealthCheck(component = "inventory")
    public Health probe() throws InterruptedException {
        inventory.stock("probe");
        return Health.up();
    }

    /** Cheap: evict pooled connections. */
    @Repair(component = "inventory", level = 1, timeout = "500ms")
    public void resetPool() throws InterruptedException {
        inventory.resetPool();
    }

    /** Dear: restart the client. */
    @Repair(component = "inventory", level = 2, timeout = "2s")
    public void restartClient() {
        inventory.restartClient();
    }

    /** While inventory is unavailable, promise one unit: the order is confirmed later. */
    @Fallback(component = "inventory")
    public int assumeOneInStock(Throwable cause) {
        return ASSUMED_STOCK;
    }
}
