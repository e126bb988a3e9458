package io.hms.core.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.AgentRestarted;
import io.hms.api.event.HmsEvent;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The supervisor restarts the dead lifelines of each agent, and only those, once per interval. */
class SupervisorTest {

    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final ManualScheduler time = new ManualScheduler();
    private final List<HmsEvent> events = new CopyOnWriteArrayList<>();
    private final Supervisor supervisor = new Supervisor(time, events::add, INTERVAL);
    private final FakeLifeline healthSubscription = new FakeLifeline("HealthChanged subscription");
    private final FakeLifeline breakerSubscription = new FakeLifeline("BreakerTransition subscription");
    private final FakeLifeline metricsSubscription = new FakeLifeline("HmsEvent subscription");

    SupervisorTest() {
        supervisor.supervise(Supervised.of("healer", () -> List.of(healthSubscription, breakerSubscription)));
        supervisor.supervise(Supervised.of("metrics", () -> List.of(metricsSubscription)));
        supervisor.start();
    }

    @Test
    void aDeadLifelineIsRestartedWithinOneIntervalAndReportedOncePerAgent() {
        healthSubscription.die();
        breakerSubscription.die();

        time.advance(INTERVAL.minusMillis(1));
        assertThat(events).as("not before the check").isEmpty();
        time.advance(Duration.ofMillis(1));

        assertThat(events).singleElement().isInstanceOfSatisfying(AgentRestarted.class, e -> {
            assertThat(e.agent()).isEqualTo("healer");
            assertThat(e.reason()).isEqualTo("HealthChanged subscription: it died; BreakerTransition subscription: it died");
            assertThat(e.restarts()).isEqualTo(1);
            assertThat(e.time()).isEqualTo(time.now());
        });
        assertThat(healthSubscription.restarts()).isOne();
        assertThat(breakerSubscription.restarts()).isOne();
        assertThat(metricsSubscription.restarts()).as("a live agent is left alone").isZero();
        assertThat(supervisor.restarts("healer")).isOne();
        assertThat(supervisor.restarts("metrics")).isZero();

        time.advance(INTERVAL.multipliedBy(3));
        assertThat(events).as("a live agent is never restarted").hasSize(1);
    }

    @Test
    void aRestartThatFailsIsTriedAgainAndNeverKeepsTheOtherAgentsDead() {
        healthSubscription.die();
        healthSubscription.failRestarts(1);
        metricsSubscription.die();

        time.advance(INTERVAL);

        assertThat(events).singleElement().isInstanceOfSatisfying(AgentRestarted.class,
                e -> assertThat(e.agent()).isEqualTo("metrics"));
        assertThat(healthSubscription.death(Duration.ZERO)).isPresent();

        time.advance(INTERVAL);

        assertThat(events).hasSize(2).last().isInstanceOfSatisfying(AgentRestarted.class, e -> {
            assertThat(e.agent()).isEqualTo("healer");
            assertThat(e.reason()).isEqualTo("HealthChanged subscription: it died");
        });
        assertThat(healthSubscription.death(Duration.ZERO)).isEmpty();
    }

    @Test
    void anAgentWhoseLifelinesCannotBeListedDoesNotStopTheOthers() {
        Supervisor broken = new Supervisor(time, events::add, INTERVAL);
        broken.supervise(Supervised.of("configurator", () -> {
            throw new IllegalStateException("listing failed");
        }));
        broken.supervise(Supervised.of("metrics", () -> List.of(metricsSubscription)));
        metricsSubscription.die();

        assertThat(broken.check()).extracting(AgentRestarted::agent).containsExactly("metrics");
    }

    @Test
    void listenersHearOfEveryRestart() {
        List<AgentRestarted> heard = new CopyOnWriteArrayList<>();
        supervisor.onRestart(heard::add);
        metricsSubscription.die();

        time.advance(INTERVAL);

        assertThat(heard).isEqualTo(events);
    }

    @Test
    void aCrashKillsEveryLifelineOfTheAgentAndNoOther() {
        AgentCrash cause = new AgentCrash("crashed by a test");

        supervisor.crash("healer", cause);

        assertThat(healthSubscription.crashedBy()).isSameAs(cause);
        assertThat(breakerSubscription.crashedBy()).isSameAs(cause);
        assertThat(metricsSubscription.crashedBy()).isNull();
        assertThat(events).as("the supervisor finds it dead at its next check, not at once").isEmpty();
        time.advance(INTERVAL);
        assertThat(events).hasSize(1);
    }

    @Test
    void aCrashOfAnUnknownAgentOrOfOneThatRunsNothingIsRefused() {
        supervisor.supervise(Supervised.of("configurator", List::of));

        assertThatThrownBy(() -> supervisor.crash("doctor", new AgentCrash("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no agent named 'doctor'").hasMessageContaining("[healer, metrics, configurator]");
        assertThatThrownBy(() -> supervisor.crash("configurator", new AgentCrash("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("agent 'configurator' runs no thread or timer now");
    }

    @Test
    void twoAgentsOfOneNameAreRefused() {
        assertThatThrownBy(() -> supervisor.supervise(Supervised.of("healer", List::of)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'healer' is supervised already");
    }

    @Test
    void aClosedSupervisorChecksNothing() {
        supervisor.close();
        healthSubscription.die();

        time.advance(INTERVAL.multipliedBy(2));

        assertThat(events).isEmpty();
        assertThat(supervisor.check()).isEmpty();
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void theIntervalMustBePositive() {
        assertThatThrownBy(() -> new Supervisor(time, events::add, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }
}
