package io.hms.examples.spring;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /stock/{sku}}, and {@code POST /faults/wedge} to wedge the pool. */
@RestController
public class InventoryController {

    private final InventoryService inventory;
    private final InventoryPool pool;

    /**
     * @param inventory the guarded lookups
     * @param pool      the pool a fault wedges
     */
    public InventoryController(InventoryService inventory, InventoryPool pool) {
        this.inventory = inventory;
        this.pool = pool;
    }

    /** The stock of {@code sku}. */
    @GetMapping("/stock/{sku}")
    public Stock stock(@PathVariable String sku) {
        return inventory.stock(sku);
    }

    /** Wedges the inventory pool, as a fault would. */
    @PostMapping("/faults/wedge")
    public String wedge() {
        pool.wedge();
        return "the inventory pool is wedged; watch /actuator/health/hms\n";
    }
}
