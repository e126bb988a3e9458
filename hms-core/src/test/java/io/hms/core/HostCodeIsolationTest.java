package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.RepairAttempted;
import io.hms.api.event.RepairOutcome;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.HealthPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Host code that spins and ignores interrupts, in every check and every repair of every component, must
 * not freeze the host: its virtual threads keep running, the organism still sees the components DOWN
 * ("hung") and opens incidents, and no check or repair is ever started twice while a run of it has not
 * returned. Real threads and real time, with deadlines that hold on a loaded machine.
 */
class HostCodeIsolationTest {

    private static final int COMPONENTS = 4;
    private static final long WAIT_SECONDS = 30;

    /** Spins until released, deaf to interrupts, as a tight retry loop or a native call would. */
    private static void spinUntil(AtomicBoolean release) {
        while (!release.get()) {
            Thread.onSpinWait();
        }
    }

    @Test
    void interruptDeafChecksAndRepairsNeverStopTheHostsVirtualThreads() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        AtomicInteger[] checkRuns = new AtomicInteger[COMPONENTS];
        AtomicInteger[] repairRuns = new AtomicInteger[COMPONENTS];
        ComponentPolicy policy = ComponentPolicy.defaults().withHealth(HealthPolicy.defaults()
                .withInterval(Duration.ofMillis(20)).withTimeout(Duration.ofMillis(50)).withHysteresis(1, 1));
        var builder = Hms.builder().discoverPlugins(false).discoverOptimizer(false)
                .healer(io.hms.core.healer.HealerOptions.defaults()
                        .withEscalationBackoff(Duration.ofMillis(20), Duration.ofMillis(20)));
        for (int i = 0; i < COMPONENTS; i++) {
            String name = "dep-" + i;
            AtomicInteger checks = checkRuns[i] = new AtomicInteger();
            AtomicInteger repairs = repairRuns[i] = new AtomicInteger();
            builder.component(ComponentSpec.of(name).withPolicy(policy))
                    .healthCheck(name, "ping", () -> {
                        checks.incrementAndGet();
                        spinUntil(release);
                        return Health.up();
                    })
                    .repair(name, "restart", 1, Duration.ofMillis(50), ctx -> {
                        repairs.incrementAndGet();
                        spinUntil(release);
                        return true;
                    });
        }
        try (Hms hms = builder.build()) {
            CountDownLatch allOpened = new CountDownLatch(COMPONENTS);
            CountDownLatch repairsAbandonedTwice = new CountDownLatch(COMPONENTS);
            List<AtomicInteger> timedOut = new ArrayList<>();
            for (int i = 0; i < COMPONENTS; i++) {
                timedOut.add(new AtomicInteger());
            }
            hms.events().subscribe(IncidentOpened.class, e -> allOpened.countDown());
            hms.events().subscribe(RepairAttempted.class, e -> {
                if (e.outcome() == RepairOutcome.TIMED_OUT
                        && timedOut.get(Integer.parseInt(e.component().substring(4))).incrementAndGet() == 2) {
                    repairsAbandonedTwice.countDown();
                }
            });
            hms.start();
            try {
                assertThat(allOpened.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the event bus still runs").isTrue();
                assertThat(repairsAbandonedTwice.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

                CompletableFuture<?>[] hostWork = new CompletableFuture<?>[200];
                for (int i = 0; i < hostWork.length; i++) {
                    CompletableFuture<Void> done = new CompletableFuture<>();
                    hostWork[i] = done;
                    Thread.ofVirtual().start(() -> {
                        for (int step = 0; step < 5; step++) {
                            Thread.yield();
                        }
                        done.complete(null);
                    });
                }
                CompletableFuture.allOf(hostWork).get(WAIT_SECONDS, TimeUnit.SECONDS);

                for (int i = 0; i < COMPONENTS; i++) {
                    assertThat(checkRuns[i]).as("dep-%d's check runs once while it hangs", i).hasValue(1);
                    assertThat(repairRuns[i]).as("dep-%d's repair runs once while it hangs", i).hasValue(1);
                    assertThat(hms.health("dep-" + i).status()).isEqualTo(HealthStatus.DOWN);
                    assertThat(hms.health("dep-" + i).reason()).startsWith("health check 'ping' hung: still running");
                }
                assertThat(hms.events().history(RepairAttempted.class))
                        .anyMatch(e -> e.detail().startsWith("an earlier run has not returned"));
            } finally {
                release.set(true);
            }
        }
    }
}
