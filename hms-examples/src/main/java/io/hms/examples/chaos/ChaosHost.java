package io.hms.examples.chaos;

import io.hms.api.ComponentSpec;
import io.hms.core.Hms;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.guard.Guard;
import io.hms.examples.checkout.CheckoutDemo;
import io.hms.examples.checkout.InventoryFunctions;
import io.hms.examples.checkout.InventoryService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The checkout host with chaos enabled and steady traffic: {@value #CLIENTS} clients place an order
 * every 20 ms; each order runs on the host's order pool ({@value #POOL_THREADS} threads) and asks the
 * inventory through its guard (fallback: one unit assumed in stock). Health checks run every 100 ms.
 *
 * <pre>{@code
 * try (ChaosHost host = ChaosHost.start()) {
 *     ExperimentReport report = host.hms().experiments().run(ChaosCatalogue.kill()).get(30, SECONDS);
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops the traffic and closes HMS, which reverts every active fault. Thread-safe.
 */
public final class ChaosHost implements AutoCloseable {

    static final int CLIENTS = 8;
    static final int POOL_THREADS = 4;

    private final InventoryService inventory = new InventoryService(1_000);
    private final ExecutorService orderPool = Executors.newFixedThreadPool(POOL_THREADS,
            Thread.ofPlatform().name("checkout-orders-", 0).daemon(true).factory());
    private final Hms hms;
    private final Guard guard;
    private final List<Thread> clients = new ArrayList<>();
    private final AtomicLong orders = new AtomicLong();
    private final AtomicLong failedOrders = new AtomicLong();
    private volatile boolean running = true;

    private ChaosHost() {
        this.hms = Hms.builder()
                .component(ComponentSpec.of("inventory").withPolicy(CheckoutDemo.inventoryPolicy()))
                .annotated(new InventoryFunctions(inventory))
                .chaos(ChaosOptions.enabled())
                .discoverPlugins(false)
                .build()
                .start();
        this.guard = hms.guard("inventory");
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(Thread.ofVirtual().name("checkout-client-" + i).start(this::placeOrders));
        }
    }

    /** Starts the host and its traffic. */
    public static ChaosHost start() {
        return new ChaosHost();
    }

    /** The HMS runtime of the host. */
    public Hms hms() {
        return hms;
    }

    /** The pool the host's orders run on; the executor-exhaustion experiment occupies it. */
    public ExecutorService orderPool() {
        return orderPool;
    }

    /** Orders placed so far, and those that failed or waited more than 2 s for the pool. */
    public long[] orders() {
        return new long[] {orders.get(), failedOrders.get()};
    }

    private void placeOrders() {
        while (running) {
            try {
                CompletableFuture.supplyAsync(this::askInventory, orderPool).get(2, TimeUnit.SECONDS);
                orders.incrementAndGet();
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                failedOrders.incrementAndGet();
            }
        }
    }

    private int askInventory() {
        try {
            return guard.callChecked(() -> inventory.stock("sku-42"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the traffic, closes HMS (reverting every fault) and the order pool. */
    @Override
    public void close() {
        running = false;
        for (Thread client : clients) {
            client.interrupt();
        }
        hms.close();
        orderPool.shutdownNow();
        for (Thread client : clients) {
            try {
                client.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
