package io.hms.examples.checkout;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The inventory dependency of the checkout service, with a fault injector.
 *
 * <p>A pool reset cures {@link Fault#ERRORS} only; a client restart cures every fault. A pool reset
 * while the client hangs hangs too. Thread-safe.
 */
public final class InventoryService {

    private final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);
    private final long latencyMillis;

    /** @param latencyMillis how long a call takes under {@link Fault#LATENCY} */
    public InventoryService(long latencyMillis) {
        this.latencyMillis = latencyMillis;
    }

    /** Breaks the service. */
    public void inject(Fault newFault) {
        fault.set(newFault);
    }

    /** The current fault. */
    public Fault fault() {
        return fault.get();
    }

    /** Units of {@code sku} in stock. */
    public int stock(String sku) throws InterruptedException {
        switch (fault.get()) {
            case ERRORS -> throw new IllegalStateException("connection reset by inventory");
            case LATENCY -> Thread.sleep(latencyMillis);
            case HANG -> Thread.sleep(Long.MAX_VALUE);
            case NONE -> { }
        }
        return 10 + Math.floorMod(sku.hashCode(), 90); // never the fallback's 1
    }

    /** Level-1 repair: evicts the pool's connections; cures ERRORS, hangs while the client hangs. */
    public void resetPool() throws InterruptedException {
        if (fault.get() == Fault.HANG) {
            Thread.sleep(Long.MAX_VALUE);
        }
        fault.compareAndSet(Fault.ERRORS, Fault.NONE);
    }

    /** Level-2 repair: restarts the client; cures every fault. */
    public void restartClient() {
        fault.set(Fault.NONE);
    }
}
