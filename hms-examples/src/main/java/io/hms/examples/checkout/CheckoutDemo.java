package io.hms.examples.checkout;

import io.hms.api.ComponentSpec;
import io.hms.api.event.BreakerState;
import io.hms.api.event.BreakerTransition;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.IncidentClosed;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import io.hms.core.Hms;
import io.hms.core.admin.AdminEndpoint;
import io.hms.core.admin.AdminOptions;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.guard.Guard;
import io.hms.core.healer.Incident;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A checkout service on HMS's embedded defaults. Its inventory dependency is broken three times by a
 * fault injector (errors, then latency, then a hang); HMS detects each fault, opens the breaker, runs
 * the repair ladder, verifies and closes the incident, while checkout keeps answering through the
 * fallback. Prints the timeline and the final meters, and exits by itself.
 *
 * <pre>mvn -q -Pdemo -DskipTests verify</pre>
 */
public final class CheckoutDemo {

    private static final Duration CALM = Duration.ofMillis(1500);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(8);
    private static final Duration SUMMARY_GRACE = Duration.ofSeconds(2);

    private final PrintStream out;

    /** @param out where the timeline goes */
    public CheckoutDemo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo; exits 0 when every fault was healed. With {@code -Dhms.admin.port=} the admin API is on
     * and the demo keeps serving its traffic after the episodes until Ctrl-C, so a person can open the page.
     */
    public static void main(String[] args) throws Exception {
        DemoReport report = new CheckoutDemo(System.out).run();
        if (!report.stoppedByShutdown()) {
            System.exit(report.allRecovered() ? 0 : 1);
        }
    }

    /** The policy of the inventory component: quick checks, a tight guard. */
    public static ComponentPolicy inventoryPolicy() {
        return new ComponentPolicy(
                new HealthPolicy(Duration.ofMillis(100), Duration.ofMillis(150), 2, 2),
                new GuardPolicy(TimeoutPolicy.of(Duration.ofMillis(200)),
                        ConcurrencyLimitPolicy.defaults(),
                        BreakerPolicy.defaults().withWindow(WindowType.COUNT, 20).withMinimumCalls(10)
                                .withOpenDuration(Duration.ofSeconds(1)).withHalfOpenProbes(3)
                                .withSlowCalls(80f, Duration.ofMillis(150)),
                        RetryPolicy.defaults().withMaxAttempts(2).withBackoff(Duration.ofMillis(10), 2.0,
                                Duration.ofMillis(50))),
                Playbook.byLevel().withReopenWithin(Duration.ofMillis(200)));
    }

    /** Runs the three fault episodes and reports what happened. */
    public DemoReport run() throws Exception {
        InventoryService inventory = new InventoryService(1_000);
        boolean served = AdminOptions.fromProperties(System.getProperties()).isPresent();
        try (Hms hms = Hms.builder()
                .component(ComponentSpec.of("inventory").withPolicy(inventoryPolicy()))
                .annotated(new InventoryFunctions(inventory))
                .chaos(served ? ChaosOptions.enabled() : ChaosOptions.disabled()) // served: faults from the API too
                .build()) {
            Timeline timeline = new Timeline(out, hms.scheduler().now());
            out.println("HMS checkout demo: the inventory dependency breaks three times; HMS heals it.");
            out.println();
            hms.events().subscribe(HmsEvent.class, timeline::print);
            hms.start();
            Traffic traffic = new Traffic(hms.guard("inventory"), inventory);
            traffic.start();
            List<Episode> episodes = new ArrayList<>();
            for (Fault fault : List.of(Fault.ERRORS, Fault.LATENCY, Fault.HANG)) {
                Thread.sleep(CALM.toMillis());
                episodes.add(episode(hms, inventory, timeline, fault));
            }
            Thread.sleep(CALM.toMillis());
            boolean stoppedByShutdown = hms.admin().isPresent() && serveUntilShutdown(hms);
            traffic.stop();
            DemoReport report = new DemoReport(episodes, hms.incidents(), traffic.ok.get(), traffic.fallback.get(),
                    traffic.lost.get(), stoppedByShutdown);
            printSummary(hms, report);
            return report;
        }
    }

    /**
     * Keeps the runtime and its traffic up until the JVM is asked to stop (Ctrl-C), then lets the demo
     * finish its summary within a few seconds; true when it returns for that reason.
     */
    private boolean serveUntilShutdown(Hms hms) throws InterruptedException {
        out.println();
        AdminEndpoint admin = hms.admin().orElseThrow();
        out.println("Admin API: " + admin.uri() + "api" + admin.tokenFile().map(f -> " (token in " + f + ")").orElse(""));
        admin.tokenFile().ifPresent(file -> {
            try {
                out.println("Organism page: " + admin.uri() + "#token=" + Files.readString(file).trim());
            } catch (IOException e) {
                out.println("Organism page: " + admin.uri() + " (paste the token from " + file + ")");
            }
        });
        out.println("Command line: hms --url " + admin.uri() + admin.tokenFile().map(f -> " --token-file " + f)
                .orElse("") + " agent list   (hms-cli/target/hms; see the README)");
        out.println("The demo keeps serving checkout calls and has chaos on: open the page, break things with the API"
                + " or hms chaos inject; Ctrl-C stops.");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                Thread.sleep(SUMMARY_GRACE.toMillis()); // the summary prints meanwhile; the JVM halts after
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "checkout-demo-shutdown"));
        stop.await();
        return true;
    }

    private Episode episode(Hms hms, InventoryService inventory, Timeline timeline, Fault fault) throws Exception {
        CompletableFuture<IncidentClosed> healed = hms.events().next(IncidentClosed.class, e -> true);
        timeline.note(hms.scheduler().now(), "inject fault " + fault);
        inventory.inject(fault);
        try {
            IncidentClosed incident = healed.get(RECOVERY_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            awaitBreakerClosed(hms);
            return new Episode(fault, true, incident.mttr(), incident.resolvedBy());
        } catch (java.util.concurrent.TimeoutException e) {
            timeline.note(hms.scheduler().now(), "fault " + fault + " was not healed within " + RECOVERY_LIMIT);
            inventory.inject(Fault.NONE);
            return new Episode(fault, false, RECOVERY_LIMIT, "nothing");
        }
    }

    private static void awaitBreakerClosed(Hms hms) throws Exception {
        CompletableFuture<BreakerTransition> closed = hms.events()
                .next(BreakerTransition.class, t -> t.to() == BreakerState.CLOSED);
        if (hms.guard("inventory").breakerState() != BreakerState.CLOSED) {
            closed.get(RECOVERY_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        closed.cancel(false);
    }

    private void printSummary(Hms hms, DemoReport report) {
        out.println();
        out.println("Episodes:");
        for (Episode e : report.episodes()) {
            out.printf(Locale.ROOT, "  %-8s %s, resolved by %s, MTTR %s%n", e.fault(),
                    e.recovered() ? "healed" : "NOT healed", e.resolvedBy(), Timeline.seconds(e.mttr()));
        }
        out.printf(Locale.ROOT, "Checkout calls: %d answered by inventory, %d by the fallback, %d lost%n",
                report.served(), report.fellBack(), report.lost());
        for (PolicyPatch patch : hms.configurator().pending()) {
            out.printf(Locale.ROOT, "Patch %s by the %s is still in its canary (a %d s bake window); closing rolls"
                    + " it back. The optimize demo runs one to its end.%n", patch.id(), patch.source(),
                    hms.configurator().options().bakeWindow().toSeconds());
        }
        out.println();
        out.println("Meters:");
        hms.meterRegistry().getMeters().stream()
                .filter(m -> m.getId().getName().startsWith("hms."))
                .sorted(Comparator.comparing((Meter m) -> m.getId().getName()).thenComparing(m -> m.getId().getTags().toString()))
                .forEach(m -> out.printf(Locale.ROOT, "  %-22s %-45s %s%n", m.getId().getName(),
                        m.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())
                                .collect(Collectors.joining(",")), values(m)));
    }

    private static String values(Meter meter) {
        List<String> values = new ArrayList<>();
        for (Measurement measurement : meter.measure()) {
            values.add(measurement.getStatistic().getTagValueRepresentation() + "="
                    + String.format(Locale.ROOT, "%.3f", measurement.getValue()));
        }
        return String.join(" ", values);
    }

    /** Checkout's own load: {@value #CLIENTS} clients, each placing an order every 20 ms through the guard. */
    private static final class Traffic {
        final AtomicLong ok = new AtomicLong();
        final AtomicLong fallback = new AtomicLong();
        final AtomicLong lost = new AtomicLong();
        private final Guard guard;
        private final InventoryService inventory;
        private static final int CLIENTS = 16;
        private final List<Thread> clients = new ArrayList<>();
        private volatile boolean running = true;

        Traffic(Guard guard, InventoryService inventory) {
            this.guard = guard;
            this.inventory = inventory;
        }

        void start() {
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(Thread.ofVirtual().name("checkout-client-" + i).start(this::placeOrders));
            }
        }

        private void placeOrders() {
            while (running) {
                try {
                    int stock = guard.callChecked(() -> inventory.stock("sku-42"));
                    (stock == InventoryFunctions.ASSUMED_STOCK ? fallback : ok).incrementAndGet();
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    lost.incrementAndGet();
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread client : clients) {
                client.interrupt();
                client.join(5_000);
            }
        }
    }

    /**
     * One fault and its healing.
     *
     * @param fault      the fault injected
     * @param recovered  whether HMS healed it in time
     * @param mttr       time to recover
     * @param resolvedBy the repair that fixed it
     */
    public record Episode(Fault fault, boolean recovered, Duration mttr, String resolvedBy) {
    }

    /**
     * What the demo saw.
     *
     * @param episodes  the fault episodes
     * @param incidents the healer's incident records
     * @param served    checkout calls answered by inventory
     * @param fellBack  checkout calls answered by the fallback
     * @param lost      checkout calls that failed in spite of the fallback
     * @param stoppedByShutdown whether the demo served until the JVM was asked to stop (the admin API's mode)
     */
    public record DemoReport(List<Episode> episodes, List<Incident> incidents, long served, long fellBack,
                             long lost, boolean stoppedByShutdown) {

        /** Whether every fault was healed. */
        public boolean allRecovered() {
            return episodes.stream().allMatch(Episode::recovered);
        }
    }
}
