package io.hms.benchmarks;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentOpened;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.core.Hms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Injects a fault into a component again and again and measures, per fault, the detection time
 * (injection to incident opened), the MTTR the healer records (incident opened to verified health)
 * and the time from injection to recovery. Health checks run every 100 ms; a fault is cured by the
 * level-2 repair only, so every incident climbs the ladder.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.hms.benchmarks.MttrHarness [faults]</pre>
 */
public final class MttrHarness {

    private MttrHarness() {
    }

    /** Runs the harness; the optional argument is the number of faults (100 by default). */
    public static void main(String[] args) throws Exception {
        int faults = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        AtomicBoolean broken = new AtomicBoolean();
        ComponentPolicy policy = ComponentPolicy.defaults()
                .withHealth(new HealthPolicy(Duration.ofMillis(100), Duration.ofMillis(100), 1, 1))
                .withPlaybook(io.hms.api.policy.Playbook.byLevel().withReopenWithin(Duration.ZERO)); // faults are independent
        java.util.Random phase = new java.util.Random(42);
        List<Long> detection = new ArrayList<>();
        List<Long> mttr = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        try (Hms hms = Hms.builder()
                .component(ComponentSpec.of("dependency").withPolicy(policy))
                .healthCheck("dependency", "ping", () -> broken.get() ? Health.down("injected") : Health.up())
                .repair("dependency", "soft-reset", 1, Duration.ofSeconds(1), ctx -> true)
                .repair("dependency", "restart", 2, Duration.ofSeconds(1), ctx -> {
                    broken.set(false);
                    return true;
                })
                .build().start()) {
            for (int i = 0; i < faults; i++) {
                CompletableFuture<IncidentOpened> opened = hms.events().next(IncidentOpened.class, e -> true);
                CompletableFuture<IncidentClosed> closed = hms.events().next(IncidentClosed.class, e -> true);
                long injected = System.nanoTime();
                broken.set(true);
                opened.get(10, TimeUnit.SECONDS);
                long detected = System.nanoTime();
                IncidentClosed incident = closed.get(10, TimeUnit.SECONDS);
                long recovered = System.nanoTime();
                detection.add(detected - injected);
                mttr.add(incident.mttr().toNanos());
                total.add(recovered - injected);
                Thread.sleep(20 + phase.nextInt(100)); // fault at a random phase of the check interval
            }
        }
        System.out.printf(Locale.ROOT, "%d faults, health checks every 100 ms, cured at repair level 2%n", faults);
        System.out.printf(Locale.ROOT, "%-22s %10s %10s %10s%n", "ms", "p50", "p95", "max");
        print("detection", detection);
        print("MTTR (incident)", mttr);
        print("fault to recovery", total);
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-22s %10.1f %10.1f %10.1f%n", what, pct(sorted, 0.50), pct(sorted, 0.95),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double pct(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
