package io.hms.examples.spring;

import io.hms.spring.boot.Guarded;
import org.springframework.stereotype.Service;

/** The service's inventory lookups, each through the inventory's guard. */
@Service
public class InventoryService {

    private final InventoryPool pool;

    /** @param pool where lookups go */
    public InventoryService(InventoryPool pool) {
        this.pool = pool;
    }

    /** The stock of {@code sku}; the fallback's answer while the inventory fails. */
    @Guarded("inventory")
    public Stock stock(String sku) {
        return new Stock(sku, pool.unitsOf(sku), false);
    }
}
