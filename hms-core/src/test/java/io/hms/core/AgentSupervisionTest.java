package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.Subscription;
import io.hms.api.event.AgentRestarted;
import io.hms.api.event.ChaosReverted;
import io.hms.api.event.HealthChanged;
import io.hms.api.event.IncidentClosed;
import io.hms.api.event.LeadershipChanged;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import io.hms.api.spi.Optimizer;
import io.hms.api.spi.OptimizerContext;
import io.hms.core.chaos.ActiveFault;
import io.hms.core.chaos.ChaosDisabledException;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.chaos.fault.AgentCrashFault;
import io.hms.core.chaos.fault.KillFault;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The runtime's agents are supervised: one crashed by the chaos agent is found dead by the supervisor within
 * one interval and restarted with its state, reported as an event and a meter, while the others go on.
 */
class AgentSupervisionTest {

    private static final Duration SUPERVISION = Duration.ofMillis(500);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ManualScheduler time = new ManualScheduler();

    private static ComponentPolicy quick() {
        return new ComponentPolicy(new HealthPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 1, 1),
                new GuardPolicy(TimeoutPolicy.none(), io.hms.api.policy.ConcurrencyLimitPolicy.defaults(),
                        BreakerPolicy.defaults().withWindow(WindowType.COUNT, 4).withMinimumCalls(4),
                        RetryPolicy.none()),
                Playbook.byLevel().withReopenWithin(Duration.ZERO));
    }

    private HmsBuilder runtime() {
        return Hms.builder().scheduler(time)
                .component(ComponentSpec.of("db").withPolicy(quick()))
                .healthCheck("db", "ping", Health::up)
                .repair("db", "reconnect", 1, Duration.ofSeconds(2), ctx -> true)
                .chaos(ChaosOptions.enabled())
                .supervisionInterval(SUPERVISION)
                .discoverPlugins(false)
                .discoverOptimizer(false);
    }

    @Test
    void aCrashedHealerIsRestartedWithinOneIntervalAndThenHealsWhatFailedMeanwhile() throws Exception {
        try (Hms hms = runtime().build().start()) {
            ActiveFault crash = hms.chaos().inject(new AgentCrashFault("healer"), Duration.ofSeconds(10));
            assertThat(hms.supervisor().agents()).containsExactly("monitor", "healer", "configurator", "metrics");

            var down = hms.events().next(HealthChanged.class, e -> e.current().status() == HealthStatus.DOWN);
            var closed = hms.events().next(IncidentClosed.class, e -> true);
            hms.chaos().injectUntilRepaired(new KillFault("db"), Duration.ofSeconds(10));
            time.advance(Duration.ofMillis(20));
            assertThat(down.get(WAIT.toSeconds(), TimeUnit.SECONDS).component())
                    .as("the monitor goes on while the healer is dead").isEqualTo("db");
            assertThat(hms.incidents()).as("nobody heals while the healer is dead").isEmpty();
            assertThat(crash.isActive()).isTrue();

            time.advance(SUPERVISION.minusMillis(20));

            assertThat(hms.events().history(AgentRestarted.class)).singleElement().satisfies(e -> {
                assertThat(e.agent()).isEqualTo("healer");
                assertThat(e.reason()).isEqualTo("HealthChanged subscription: its thread died; "
                        + "BreakerTransition subscription: its thread died");
                assertThat(e.restarts()).isOne();
                assertThat(e.time()).isEqualTo(time.now());
            });
            assertThat(crash.isActive()).as("the restart ended the crash").isFalse();
            assertThat(crash.reverted().get(WAIT.toSeconds(), TimeUnit.SECONDS).reason())
                    .isEqualTo("agent healer restarted by the supervisor");
            IncidentClosed healed = closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(healed.resolvedBy()).as("the DOWN published while it was dead reached it").isEqualTo("reconnect");
            assertThat(hms.supervisor().restarts("healer")).isOne();
            awaitTrue(() -> restartsMeter(hms, "healer") == 1.0);
        }
    }

    @Test
    void aCrashNoRestartCameForEndsAtItsDeadlineWithTheAgentStillDead() throws Exception {
        try (Hms hms = runtime().build().start()) {
            ActiveFault crash = hms.chaos().inject(new AgentCrashFault("metrics"), Duration.ofMillis(300));

            time.advance(Duration.ofMillis(300));

            assertThat(crash.reverted().get(WAIT.toSeconds(), TimeUnit.SECONDS).reason()).isEqualTo("deadline");
            assertThat(hms.supervisor().restarts("metrics")).isZero();
            assertThat(hms.meterRegistry().find("hms.agent.restarts").counter()).isNull();

            time.advance(Duration.ofMillis(200));

            assertThat(hms.supervisor().restarts("metrics")).isOne();
            awaitTrue(() -> restartsMeter(hms, "metrics") == 1.0);
            awaitTrue(() -> hms.meterRegistry().find("hms.chaos.reverted").counter() != null);
        }
    }

    @Test
    void theOptimizersHostIsSupervisedToo() throws Exception {
        TickingOptimizer optimizer = new TickingOptimizer();
        try (Hms hms = runtime().optimizer(optimizer).build().start()) {
            time.advance(Duration.ofMillis(100));
            assertThat(optimizer.ticks).hasValue(1);

            hms.chaos().inject(new AgentCrashFault("optimizer"), Duration.ofSeconds(10));
            hms.events().publish(new LeadershipChanged(time.now(), "n1", true));
            time.advance(Duration.ofMillis(399));
            assertThat(optimizer.ticks).as("its timer was dropped").hasValue(1);
            assertThat(optimizer.heard).as("its subscription's thread died").isEmpty();

            time.advance(Duration.ofMillis(1));

            assertThat(hms.events().history(AgentRestarted.class)).singleElement().satisfies(e -> assertThat(e.reason())
                    .isEqualTo("timer every 100ms: its timer was dropped; LeadershipChanged subscription: its thread died"));
            awaitTrue(() -> optimizer.heard.size() == 1);
            time.advance(Duration.ofMillis(100));
            assertThat(optimizer.ticks).hasValue(2);
        }
    }

    @Test
    void anAgentCrashIsRefusedWhereItCannotBeInjected() {
        try (Hms hms = runtime().build().start()) {
            assertThatThrownBy(() -> hms.chaos().inject(new AgentCrashFault("doctor"), Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pick one of [monitor, healer, configurator, metrics]");
            assertThatThrownBy(() -> hms.chaos().inject(new AgentCrashFault("configurator"), Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("runs no thread or timer now");
            assertThatThrownBy(() -> hms.chaos().injectUntilRepaired(new AgentCrashFault("healer"), Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use inject(fault, duration)");
            hms.chaos().inject(new AgentCrashFault("healer"), Duration.ofSeconds(1));
            assertThatThrownBy(() -> hms.chaos().inject(new AgentCrashFault("healer"), Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("revert it first");
            assertThat(hms.events().history(ChaosReverted.class)).isEmpty();
        }
        try (Hms quiet = Hms.builder().scheduler(time).component("db").discoverPlugins(false).build().start()) {
            assertThatThrownBy(() -> quiet.chaos().inject(new AgentCrashFault("healer"), Duration.ofSeconds(1)))
                    .isInstanceOf(ChaosDisabledException.class);
        }
    }

    @Test
    void theSupervisionIntervalMustBePositive() {
        assertThatThrownBy(() -> Hms.builder().supervisionInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supervisionInterval must be positive");
    }

    private static double restartsMeter(Hms hms, String agent) {
        var counter = hms.meterRegistry().find("hms.agent.restarts").tag("agent", agent).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Waits, at most {@link #WAIT}, for what another thread does (a listener counting, a meter updated). */
    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited " + WAIT + " in vain").isNegative();
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** An optimizer that only counts the ticks of its timer and the leadership events it hears. */
    private static final class TickingOptimizer implements Optimizer {
        final AtomicInteger ticks = new AtomicInteger();
        final List<Instant> heard = new CopyOnWriteArrayList<>();
        private final List<Subscription> held = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "ticking";
        }

        @Override
        public void start(OptimizerContext context) {
            held.add(context.every(Duration.ofMillis(100), ticks::incrementAndGet));
            held.add(context.subscribe(LeadershipChanged.class, e -> {
                if (e.nodeId().equals("n1")) {
                    heard.add(e.time());
                }
            }));
        }

        @Override
        public void close() {
            held.forEach(Subscription::close);
        }
    }
}
