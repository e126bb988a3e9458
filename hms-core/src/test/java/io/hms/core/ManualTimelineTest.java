package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.event.ComponentEvent;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.IncidentClosed;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A runtime on a {@link ManualScheduler} gives the same timeline every run: the clock moves only once the
 * reactions to a moment (checks answered, events handled, repairs run and verified) have happened, however
 * the threads that carry them are scheduled.
 */
class ManualTimelineTest {

    private static final int RUNS = 12;
    private static final Duration STEP = Duration.ofMillis(10);

    @Test
    void identicalRunsHealAtTheSameStepWithTheSameTimeline() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(heal());
        }

        Run first = runs.getFirst();
        assertThat(first.closedAfterSteps()).as("the incident closed").isPositive();
        assertThat(first.timeline()).as("the second repair is the one that works")
                .anyMatch(line -> line.contains("IncidentClosed") && line.contains("restart"));
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.closedAfterSteps()).isEqualTo(first.closedAfterSteps());
            assertThat(run.timeline()).containsExactlyElementsOf(first.timeline());
        });
    }

    /** Breaks a component, then moves the clock in small steps until its incident closes. */
    private static Run heal() {
        ManualScheduler clock = new ManualScheduler().settleTimeout(Duration.ofSeconds(10)); // nothing hangs: holds under load
        AtomicBoolean broken = new AtomicBoolean();
        AtomicInteger checks = new AtomicInteger();
        try (Hms hms = Hms.builder().discoverPlugins(false).scheduler(clock)
                .component(ComponentSpec.of("db").withPolicy(policy()))
                .healthCheck("db", "ping", () -> {
                    checks.incrementAndGet();
                    return broken.get() ? Health.down("refused") : Health.up();
                })
                .repair("db", "reconnect", 1, Duration.ofSeconds(1), context -> true)
                .repair("db", "restart", 2, Duration.ofSeconds(1), context -> {
                    broken.set(false);
                    return true;
                })
                .build().start()) {
            clock.advance(Duration.ofMillis(100));
            broken.set(true);
            int steps = 0;
            while (hms.events().history(IncidentClosed.class).isEmpty() && steps < 2_000) {
                clock.advance(STEP);
                steps++;
            }
            return new Run(steps, timeline(hms.events().history()));
        }
    }

    private static ComponentPolicy policy() {
        return new ComponentPolicy(new HealthPolicy(Duration.ofMillis(50), Duration.ofMillis(200), 2, 1),
                new GuardPolicy(TimeoutPolicy.none(), ConcurrencyLimitPolicy.defaults(), BreakerPolicy.defaults(),
                        RetryPolicy.none()),
                Playbook.byLevel());
    }

    /** The component events, each with its time on the manual clock. */
    private static List<String> timeline(List<HmsEvent> events) {
        return events.stream().filter(ComponentEvent.class::isInstance)
                .map(e -> e.time() + " " + e.getClass().getSimpleName() + " " + describe(e))
                .toList();
    }

    private static String describe(HmsEvent event) {
        return event instanceof IncidentClosed closed ? closed.resolvedBy() : "";
    }

    private record Run(int closedAfterSteps, List<String> timeline) {
    }
}
