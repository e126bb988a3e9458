package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.RepairAttempted;
import io.hms.api.event.RepairOutcome;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.WindowType;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The common setup where a health check only pings (stays UP) while real calls fail: the runtime must not
 * call the dependency healed until its callers are served, so the cheap repair that fixes nothing is not
 * taken for a cure, the next level runs, and the time to recover lasts until calls succeed again.
 * Real threads and real time, with deadlines that hold on a loaded machine.
 */
class HealingJudgedByCallersTest {

    private static final long WAIT_SECONDS = 30;

    private static ComponentPolicy policy() {
        return ComponentPolicy.defaults()
                .withHealth(HealthPolicy.defaults().withInterval(Duration.ofMillis(50)))
                .withGuard(GuardPolicy.defaults()
                        .withBreaker(BreakerPolicy.defaults().withWindow(WindowType.COUNT, 10).withMinimumCalls(5)
                                .withOpenDuration(Duration.ofMinutes(10)).withHalfOpenProbes(3))
                        .withRetry(RetryPolicy.defaults().withMaxAttempts(1)))
                .withPlaybook(Playbook.byLevel().withCallerVerification(Duration.ofSeconds(20)));
    }

    @Test
    void aPingThatStaysUpDoesNotCloseTheIncidentWhileCallsFailAndTheRepairThatWorksRuns() throws Exception {
        AtomicBoolean fixed = new AtomicBoolean();
        AtomicLong fixedAt = new AtomicLong();
        try (Hms hms = Hms.builder()
                .component(ComponentSpec.of("payments").withPolicy(policy()))
                .healthCheck("payments", "ping", Health::up)                      // pings; never sees the failure
                .repair("payments", "reset-pool", 1, Duration.ofSeconds(2), ctx -> true)  // fixes nothing
                .repair("payments", "restart", 2, Duration.ofSeconds(2), ctx -> {
                    fixedAt.set(System.nanoTime());
                    fixed.set(true);
                    return true;
                })
                .discoverPlugins(false).discoverOptimizer(false)
                .build().start()) {
            var closed = hms.events().next(IncidentClosed.class, e -> true);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong servedAfterFix = new AtomicLong();
            Thread callers = Thread.ofVirtual().start(() -> {
                while (!stop.get()) {
                    try {
                        hms.guard("payments").call(() -> {
                            if (!fixed.get()) {
                                throw new IllegalStateException("payment gateway refused");
                            }
                            return "ok";
                        });
                        servedAfterFix.incrementAndGet();
                    } catch (RuntimeException refusedOrFailed) {
                        // what the caller sees while the dependency is broken
                    }
                    try {
                        Thread.sleep(2); // a steady trickle of traffic
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            try {
                IncidentClosed incident = closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
                long closedAt = System.nanoTime();

                assertThat(incident.resolvedBy()).isEqualTo("restart");
                assertThat(hms.events().history(RepairAttempted.class))
                        .extracting(RepairAttempted::function, RepairAttempted::outcome)
                        .startsWith(org.assertj.core.api.Assertions.tuple("reset-pool", RepairOutcome.UNVERIFIED))
                        .contains(org.assertj.core.api.Assertions.tuple("restart", RepairOutcome.VERIFIED));
                assertThat(hms.events().history(IncidentOpened.class)).hasSize(1);
                assertThat(closedAt).as("closed only once callers were served").isGreaterThan(fixedAt.get());
                assertThat(servedAfterFix.get()).as("the breaker's probes succeeded before the close").isPositive();
                assertThat(hms.guard("payments").call(() -> "served")).isEqualTo("served");
            } finally {
                stop.set(true);
                callers.join();
            }
        }
    }
}
