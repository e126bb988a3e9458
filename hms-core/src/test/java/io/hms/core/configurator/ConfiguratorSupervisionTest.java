package io.hms.core.configurator;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.event.AgentRestarted;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.event.EventBus;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.supervisor.AgentCrash;
import io.hms.core.supervisor.Supervisor;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A canary is always judged: judging that throws rolls the patch back, and a verdict timer that was dropped
 * is set again by the supervisor for what is left of the bake window, the canary kept.
 */
class ConfiguratorSupervisionTest {

    private static final Duration BAKE = Duration.ofSeconds(30);
    private static final Duration SUPERVISION = Duration.ofSeconds(1);

    private final ManualScheduler time = new ManualScheduler();
    private final EventBus events = new EventBus();
    private final FunctionRegistry registry = new FunctionRegistry(time::now);
    private final Canaries canaries = new Canaries();
    private final Configurator configurator;
    private final Supervisor supervisor = new Supervisor(time, events::publish, SUPERVISION);

    ConfiguratorSupervisionTest() {
        new StagedRegistrar("test").component(ComponentSpec.of("inventory")).applyTo(registry);
        configurator = new Configurator(registry, events, time, new LocalCoordinator("n1", time), canaries,
                ConfiguratorOptions.defaults().withCanary(0.2, BAKE).withMinCanaryCalls(10));
        configurator.start();
        supervisor.supervise(configurator.supervision());
        supervisor.start();
    }

    @AfterEach
    void tearDown() {
        supervisor.close();
        configurator.close();
        events.close();
    }

    @Test
    void aCanaryWhoseJudgingThrowsIsRolledBackAndTheNextPatchIsTaken() throws Exception {
        CompletableFuture<PatchResult> first = configurator.propose(patch());
        canaries.failJudging = true;

        time.advance(BAKE);

        PatchResult result = first.get(5, TimeUnit.SECONDS);
        assertThat(result.promoted()).isFalse();
        assertThat(result.detail()).isEqualTo("the canary could not be judged: java.lang.IllegalStateException: "
                + "the guard's counters are gone");
        assertThat(configurator.canaryRunning("inventory")).isFalse();
        assertThat(canaries.candidate).as("the canary's traffic stopped").isNull();
        canaries.failJudging = false;
        assertThat(configurator.propose(patch())).isNotCompletedExceptionally();
    }

    @Test
    void aDroppedVerdictTimerIsSetAgainForWhatIsLeftOfTheBakeWindow() throws Exception {
        CompletableFuture<PatchResult> result = configurator.propose(patch());
        canaries.traffic(new TrafficSample(1000, 10, 1000, 1000 * 5_000_000L),
                new TrafficSample(200, 2, 200, 200 * 5_000_000L));
        time.advance(Duration.ofMillis(10_500));

        configurator.supervision().lifelines().forEach(l -> l.crash(new AgentCrash("crashed by a test")));
        time.advance(Duration.ofMillis(500));   // the supervisor's check at 11 s

        assertThat(events.history(AgentRestarted.class)).singleElement().satisfies(e -> {
            assertThat(e.agent()).isEqualTo("configurator");
            assertThat(e.reason()).startsWith("canary of patch ").endsWith(" for inventory: its verdict timer was dropped");
        });
        time.advance(BAKE.minusSeconds(11).minusMillis(1));
        assertThat(result).as("no verdict before the bake window ends").isNotDone();
        assertThat(canaries.candidate).as("the canary still runs").isNotNull();
        time.advance(Duration.ofMillis(1));

        assertThat(result.get(5, TimeUnit.SECONDS).promoted()).isTrue();
        assertThat(canaries.started).as("the canary was not started over").isOne();
    }

    @Test
    void aBakingCanaryIsALiveLifelineUntilItsVerdict() {
        configurator.propose(patch());
        assertThat(configurator.supervision().lifelines()).singleElement()
                .satisfies(l -> assertThat(l.death(SUPERVISION)).isEmpty());

        time.advance(BAKE);

        assertThat(configurator.supervision().lifelines()).as("judged: nothing bakes").isEmpty();
    }

    private PolicyPatch patch() {
        ComponentPolicy current = registry.policy("inventory").policy();
        ComponentPolicy candidate = current.withGuard(current.guard()
                .withBreaker(current.guard().breaker().withOpenDuration(Duration.ofSeconds(3))));
        return PolicyPatch.of("inventory", registry.policy("inventory").version(), candidate, "test", "tuning");
    }

    /** The guards' side of canaries; judging fails while {@link #failJudging} is set. */
    private static final class Canaries implements CanaryTarget {
        volatile GuardPolicy candidate;
        volatile boolean failJudging;
        volatile int started;
        private volatile TrafficSample baseline = TrafficSample.EMPTY;
        private volatile TrafficSample canary = TrafficSample.EMPTY;

        void traffic(TrafficSample baselineDuringCanary, TrafficSample canaryDuringCanary) {
            baseline = baselineDuringCanary;
            canary = canaryDuringCanary;
        }

        @Override
        public void startCanary(String component, GuardPolicy policy, double fraction) {
            started++;
            candidate = policy;
        }

        @Override
        public void stopCanary(String component) {
            candidate = null;
        }

        @Override
        public TrafficSample baseline(String component) {
            if (failJudging) {
                throw new IllegalStateException("the guard's counters are gone");
            }
            return baseline;
        }

        @Override
        public TrafficSample canary(String component) {
            return canary;
        }
    }
}
