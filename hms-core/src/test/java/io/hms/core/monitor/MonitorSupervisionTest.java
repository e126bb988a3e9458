package io.hms.core.monitor;

import static io.hms.api.HealthStatus.DOWN;
import static io.hms.api.HealthStatus.UP;
import static io.hms.core.monitor.MonitorFixture.await;
import static io.hms.core.monitor.MonitorFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.event.AgentRestarted;
import io.hms.api.event.HealthChanged;
import io.hms.api.policy.ComponentPolicy;
import io.hms.core.event.EventBus;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.supervisor.AgentCrash;
import io.hms.core.supervisor.Supervisor;
import io.hms.core.time.LossyScheduler;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A check whose run cannot start keeps its schedule; a monitor whose timers stop, dropped or lost, is found
 * dead and restarted by the supervisor with its judgements kept.
 */
class MonitorSupervisionTest {

    private static final Duration INTERVAL = Duration.ofMillis(100);
    private static final Duration SUPERVISION = Duration.ofSeconds(1);

    private final ManualScheduler time = new ManualScheduler();

    @Test
    void aCheckWhoseRunCannotStartIsTriedAgainAtItsNextTick() throws Exception {
        AtomicInteger intercepted = new AtomicInteger();
        HealthInterceptor throwsOnce = new HealthInterceptor() {
            @Override
            public Health beforeCheck(String component) {
                if (intercepted.getAndIncrement() == 0) {
                    throw new IllegalStateException("interceptor bug");
                }
                return null;
            }

            @Override
            public void repairRan(String component, String function, int level) {
            }
        };
        try (EventBus events = new EventBus()) {
            FunctionRegistry registry = new FunctionRegistry(time::now);
            Monitor monitor = new Monitor(registry, events, time, throwsOnce);
            try {
                declare(registry, ScriptedCheck.of("fail"));
                var down = events.next(HealthChanged.class, e -> e.current().status() == DOWN);
                monitor.start();

                time.advance(INTERVAL);   // the run cannot start: the interceptor throws
                time.advance(INTERVAL);   // the next tick runs the check

                assertThat(await(down).current().reason()).isEqualTo("fail #1");
            } finally {
                monitor.close();
            }
        }
    }

    @Test
    void aCrashedMonitorIsRestartedWithItsJudgementsKept() throws Exception {
        try (MonitorFixture f = new MonitorFixture(time)) {
            ScriptedCheck check = ScriptedCheck.of("fail", "ok");
            f.declare("db", policy(INTERVAL, Duration.ofMillis(50), 1, 1), "ping", check);
            Supervisor supervisor = new Supervisor(time, f.events::publish, SUPERVISION);
            supervisor.supervise(f.monitor.supervision());
            var down = f.next("db", DOWN);
            f.monitor.start();
            supervisor.start();
            time.advance(INTERVAL);
            await(down);

            f.monitor.supervision().lifelines().forEach(l -> l.crash(new AgentCrash("crashed by a test")));

            assertThat(f.monitor.supervision().lifelines()).map(l -> l.death(SUPERVISION).orElse("alive"))
                    .containsExactly("its thread died", "its timer was dropped");
            time.advance(SUPERVISION.minus(INTERVAL).minusMillis(1));
            assertThat(check.calls()).as("no check runs while the monitor is dead").isEqualTo(1);
            assertThat(f.monitor.health("db").status()).isEqualTo(DOWN);

            var up = f.next("db", UP);
            time.advance(Duration.ofMillis(1));  // the supervisor's check
            assertThat(f.events.history(AgentRestarted.class)).singleElement().satisfies(e -> {
                assertThat(e.agent()).isEqualTo("monitor");
                assertThat(e.reason()).isEqualTo("IncidentClosed subscription: its thread died; "
                        + "check db/ping: its timer was dropped");
            });
            time.advance(INTERVAL);

            assertThat(await(up).previous().status()).as("the DOWN judgement outlived the crash").isEqualTo(DOWN);
            assertThat(check.calls()).isEqualTo(2);
            supervisor.close();
        }
    }

    @Test
    void aCheckTimerTheSchedulerLostIsFoundSilentAndRescheduled() throws Exception {
        LossyScheduler lossy = new LossyScheduler(time);
        try (MonitorFixture f = new MonitorFixture(lossy)) {
            f.declare("db", policy(INTERVAL, Duration.ofMillis(50), 1, 1), "ping", ScriptedCheck.of("fail", "ok"));
            Supervisor supervisor = new Supervisor(time, f.events::publish, SUPERVISION);
            supervisor.supervise(f.monitor.supervision());
            var down = f.next("db", DOWN);
            f.monitor.start();
            supervisor.start();
            time.advance(INTERVAL);
            await(down);

            lossy.loseEverything();
            time.advance(SUPERVISION.minus(INTERVAL));
            assertThat(f.events.history(AgentRestarted.class)).as("silent 0.9 s: within 2 intervals and the slack")
                    .isEmpty();
            var up = f.next("db", UP);
            time.advance(SUPERVISION);

            assertThat(f.events.history(AgentRestarted.class)).singleElement().satisfies(e -> assertThat(e.reason())
                    .isEqualTo("check db/ping: its timer has been silent for 1.9s (interval 100ms)"));
            time.advance(INTERVAL);
            assertThat(await(up).current().status()).isEqualTo(UP);
            assertThat(f.monitor.supervision().lifelines()).allMatch(l -> l.death(SUPERVISION).isEmpty());
            supervisor.close();
        }
    }

    private static void declare(FunctionRegistry registry, ScriptedCheck check) {
        new StagedRegistrar("test")
                .component(ComponentSpec.of("db").withPolicy(ComponentPolicy.defaults()
                        .withHealth(policy(INTERVAL, Duration.ofMillis(50), 1, 1))))
                .healthCheck("db", "ping", check)
                .applyTo(registry);
    }
}
