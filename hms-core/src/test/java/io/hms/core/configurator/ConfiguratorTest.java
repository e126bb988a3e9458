package io.hms.core.configurator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.event.HmsEvent;
import io.hms.api.event.PatchPromoted;
import io.hms.api.event.PatchProposed;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.RegistryMutation;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.event.EventBus;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfiguratorTest {

    private static final Duration BAKE = Duration.ofSeconds(30);

    private final ManualScheduler time = new ManualScheduler();
    private final EventBus events = new EventBus();
    private final FunctionRegistry registry = new FunctionRegistry(time::now);
    private final FakeGuards guards = new FakeGuards();
    private LocalCoordinator coordinator;
    private Configurator configurator;

    @BeforeEach
    void setUp() {
        new StagedRegistrar("test").component(ComponentSpec.of("inventory"))
                .repair("inventory", "reset", 1, Duration.ofSeconds(1), ctx -> true)
                .applyTo(registry);
        coordinator = new LocalCoordinator("n1", time);
        configurator = new Configurator(registry, events, time, coordinator, guards,
                ConfiguratorOptions.defaults().withCanary(0.2, BAKE).withMinCanaryCalls(10));
        configurator.start();
    }

    @AfterEach
    void tearDown() {
        configurator.close();
        events.close();
    }

    @Test
    void promotesCanaryThatIsAsGoodAsTheBaseline() throws Exception {
        PolicyPatch patch = patch(shorterOpenDuration());
        CompletableFuture<PatchResult> result = configurator.propose(patch);

        assertThat(guards.canaryPolicy).isEqualTo(patch.candidate().guard());
        assertThat(guards.canaryFraction).isEqualTo(0.2);
        guards.traffic(new TrafficSample(1000, 10, 1000, 1000 * 5_000_000L),
                new TrafficSample(200, 2, 200, 200 * 5_000_000L));
        time.advance(BAKE);

        PatchResult done = result.get(5, TimeUnit.SECONDS);
        assertThat(done.promoted()).isTrue();
        assertThat(done.version()).map(VersionedPolicy::version).contains(2L);
        assertThat(registry.policy("inventory").policy()).isEqualTo(patch.candidate());
        assertThat(registry.policy("inventory").source()).isEqualTo("patch:" + patch.id());
        assertThat(guards.canaryPolicy).as("canary stopped").isNull();
        assertThat(types()).containsExactly(PatchProposed.class, PatchPromoted.class);
    }

    @Test
    void aPersonMayPromoteOrRollBackACanaryBeforeItsVerdict() throws Exception {
        PolicyPatch first = patch(shorterOpenDuration());
        CompletableFuture<PatchResult> firstResult = configurator.propose(first);

        PatchResult promoted = configurator.decide(first.id(), true, "promoted by a person").get(5, TimeUnit.SECONDS);

        assertThat(promoted.promoted()).isTrue();
        assertThat(firstResult).isCompletedWithValue(promoted);
        assertThat(registry.policy("inventory").policy()).isEqualTo(first.candidate());
        assertThat(guards.canaryPolicy).as("canary stopped").isNull();
        assertThat(events.history(PatchPromoted.class)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("promoted by a person"));
        time.advance(BAKE); // the verdict timer was cancelled: no second outcome
        assertThat(types()).containsExactly(PatchProposed.class, PatchPromoted.class);

        PolicyPatch second = PolicyPatch.of("inventory", 2, first.candidate().withGuard(first.candidate().guard()
                .withTimeout(io.hms.api.policy.TimeoutPolicy.of(Duration.ofMillis(123)))), "test", "second");
        configurator.propose(second);
        PatchResult rolledBack = configurator.decide(second.id(), false, "rolled back by a person")
                .get(5, TimeUnit.SECONDS);
        assertThat(rolledBack.promoted()).isFalse();
        assertThat(registry.policy("inventory").version()).isEqualTo(2);
        assertThatThrownBy(() -> configurator.decide(second.id(), true, "again").get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("pending()");
    }

    @Test
    void rollsBackCanaryWithAHigherErrorRate() throws Exception {
        CompletableFuture<PatchResult> result = configurator.propose(patch(shorterOpenDuration()));
        guards.traffic(new TrafficSample(1000, 10, 1000, 0), new TrafficSample(200, 20, 200, 0));
        time.advance(BAKE);

        PatchResult done = result.get(5, TimeUnit.SECONDS);
        assertThat(done.promoted()).isFalse();
        assertThat(done.detail()).contains("canary error rate 10.0%").contains("baseline 1.0%");
        assertThat(registry.policy("inventory").version()).isEqualTo(1);
        assertThat(guards.canaryPolicy).isNull();
        assertThat(events.history(PatchRolledBack.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("error rate"));
    }

    @Test
    void rollsBackCanaryThatIsSlowerThanTolerated() throws Exception {
        CompletableFuture<PatchResult> result = configurator.propose(patch(shorterOpenDuration()));
        guards.traffic(new TrafficSample(1000, 0, 1000, 1000 * 10_000_000L),
                new TrafficSample(100, 0, 100, 100 * 13_000_000L));
        time.advance(BAKE);

        assertThat(result.get(5, TimeUnit.SECONDS).detail()).contains("mean latency 13.0 ms above baseline 10.0 ms");
    }

    @Test
    void rollsBackCanaryThatSawTooFewCalls() throws Exception {
        CompletableFuture<PatchResult> result = configurator.propose(patch(shorterOpenDuration()));
        guards.traffic(new TrafficSample(20, 0, 20, 0), new TrafficSample(3, 0, 3, 0));
        time.advance(BAKE);

        PatchResult done = result.get(5, TimeUnit.SECONDS);
        assertThat(done.promoted()).isFalse();
        assertThat(done.detail()).contains("3 calls, fewer than the 10");
    }

    @Test
    void aCanaryRunsUntilItsPatchIsPromotedOrRolledBackAndIsOverWhenTheOutcomeIsPublished() throws Exception {
        CompletableFuture<Boolean> runningWhenPromoted = new CompletableFuture<>();
        events.next(PatchPromoted.class, e -> runningWhenPromoted.complete(configurator.canaryRunning(e.component())));
        assertThat(configurator.canaryRunning("inventory")).isFalse();

        CompletableFuture<PatchResult> promoted = configurator.propose(patch(shorterOpenDuration()));
        assertThat(configurator.canaryRunning("inventory")).isTrue();
        guards.traffic(new TrafficSample(1000, 10, 1000, 0), new TrafficSample(200, 2, 200, 0));
        time.advance(BAKE);
        assertThat(promoted.get(5, TimeUnit.SECONDS).promoted()).isTrue();
        assertThat(configurator.canaryRunning("inventory")).isFalse();
        assertThat(runningWhenPromoted.get(5, TimeUnit.SECONDS)).as("seen as PatchPromoted is published").isFalse();

        CompletableFuture<PatchResult> rolledBack = configurator.propose(patch(fewerProbes()));
        assertThat(configurator.canaryRunning("inventory")).isTrue();
        guards.traffic(new TrafficSample(1000, 10, 1000, 0), new TrafficSample(200, 20, 200, 0));
        time.advance(BAKE);
        assertThat(rolledBack.get(5, TimeUnit.SECONDS).promoted()).isFalse();
        assertThat(configurator.canaryRunning("inventory")).isFalse();
    }

    @Test
    void judgesOnlyAfterTheBakeWindow() {
        CompletableFuture<PatchResult> result = configurator.propose(patch(shorterOpenDuration()));
        time.advance(BAKE.minusSeconds(1));

        assertThat(result).isNotDone();
        assertThat(configurator.pending()).hasSize(1);
    }

    @Test
    void refusesAPatchDerivedFromAnOldVersion() throws Exception {
        configurator.apply(patch(shorterOpenDuration())).get(5, TimeUnit.SECONDS);

        PolicyPatch stale = PolicyPatch.of("inventory", 1, ComponentPolicy.defaults(), "test", "stale");
        assertThatThrownBy(() -> configurator.propose(stale).get())
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("derived from v1").hasMessageContaining("current version is v2");
    }

    @Test
    void refusesASecondPatchWhileACanaryRuns() {
        configurator.propose(patch(shorterOpenDuration()));

        assertThatThrownBy(() -> configurator.propose(patch(fewerProbes())).get())
                .cause().isInstanceOf(IllegalStateException.class).hasMessageContaining("already being canaried");
    }

    @Test
    void refusesAPlaybookStepThatIsNotARegisteredRepair() {
        ComponentPolicy candidate = ComponentPolicy.defaults()
                .withPlaybook(Playbook.of(new PlaybookStep("reboot", Duration.ofSeconds(1))));

        assertThatThrownBy(() -> configurator.propose(patch(candidate)).get())
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'reboot' is not a repair registered for 'inventory'")
                .hasMessageContaining("[reset]");
        assertThat(registry.policy("inventory").version()).isEqualTo(1);
    }

    @Test
    void promotesAtOnceWhenNoGuardSettingChanged() throws Exception {
        ComponentPolicy candidate = ComponentPolicy.defaults()
                .withPlaybook(Playbook.of(new PlaybookStep("reset", Duration.ofSeconds(3))));

        PatchResult done = configurator.propose(patch(candidate)).get(5, TimeUnit.SECONDS);

        assertThat(done.promoted()).isTrue();
        assertThat(done.detail()).contains("without canary");
        assertThat(guards.started).isZero();
    }

    @Test
    void manualApplyAndRollbackMakeNewVersions() throws Exception {
        ComponentPolicy original = registry.policy("inventory").policy();
        configurator.apply(patch(shorterOpenDuration())).get(5, TimeUnit.SECONDS);

        VersionedPolicy rolledBack = configurator.rollback("inventory").get(5, TimeUnit.SECONDS);

        assertThat(rolledBack.version()).isEqualTo(3);
        assertThat(rolledBack.policy()).isEqualTo(original);
        assertThat(rolledBack.source()).isEqualTo("rollback:v1");
        assertThat(registry.policyHistory("inventory")).extracting(VersionedPolicy::version).containsExactly(1L, 2L, 3L);
        assertThat(events.history(PatchRolledBack.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("rolled back to v1"));
    }

    @Test
    void aCommitNumberedByTheCoordinatorKeepsItsVersionAndOnlyHeldVersionsCanBeRolledBackTo() throws Exception {
        ComponentPolicy original = registry.policy("inventory").policy();
        coordinator.commit(new RegistryMutation.PolicyCommit("inventory", shorterOpenDuration(), "patch:8", 9))
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        coordinator.commit(new RegistryMutation.PolicyCommit("inventory", original, "patch:9", 10))
                .toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertThat(registry.policyHistory("inventory")).extracting(VersionedPolicy::version)
                .containsExactly(1L, 9L, 10L);
        assertThatThrownBy(() -> configurator.rollbackTo("inventory", 5).get())
                .cause().hasMessageContaining("no policy version 5").hasMessageContaining("[1, 9, 10]");
        VersionedPolicy rolledBack = configurator.rollback("inventory").get(5, TimeUnit.SECONDS);
        assertThat(rolledBack.version()).isEqualTo(11);
        assertThat(rolledBack.policy()).isEqualTo(shorterOpenDuration());
    }

    @Test
    void aNumberedCommitToldTwiceIsAppliedOnce() throws Exception {
        Configurator second = new Configurator(registry, events, time, coordinator, guards,
                ConfiguratorOptions.defaults());
        second.start();
        try {
            coordinator.commit(new RegistryMutation.PolicyCommit("inventory", shorterOpenDuration(), "patch:8", 9))
                    .toCompletableFuture().get(5, TimeUnit.SECONDS);
        } finally {
            second.close();
        }
        assertThat(registry.policyHistory("inventory")).extracting(VersionedPolicy::version).containsExactly(1L, 9L);
    }

    @Test
    void rollingBackTwiceWalksBackThroughTheHistory() throws Exception {
        ComponentPolicy v1 = registry.policy("inventory").policy();
        configurator.apply(patch(shorterOpenDuration())).get(5, TimeUnit.SECONDS);
        ComponentPolicy v2 = registry.policy("inventory").policy();
        configurator.apply(patch(fewerProbes())).get(5, TimeUnit.SECONDS);

        VersionedPolicy first = configurator.rollback("inventory").get(5, TimeUnit.SECONDS);
        VersionedPolicy second = configurator.rollback("inventory").get(5, TimeUnit.SECONDS);

        assertThat(first.version()).isEqualTo(4);
        assertThat(first.policy()).isEqualTo(v2);
        assertThat(second.version()).isEqualTo(5);
        assertThat(second.policy()).as("v1's content, not v3's back again").isEqualTo(v1);
        assertThat(second.source()).isEqualTo("rollback:v1");
        assertThatThrownBy(() -> configurator.rollback("inventory").get())
                .cause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was rolled back to v1").hasMessageContaining("no earlier policy");
    }

    @Test
    void everyMethodAnswersAnUnknownComponentWithAFailedFutureNamingTheDeclaredOnes() {
        PolicyPatch unknown = PolicyPatch.of("nope", 1, registry.policy("inventory").policy(), "test", "typo");

        for (CompletableFuture<?> answer : List.of(configurator.rollback("nope"), configurator.rollbackTo("nope", 1),
                configurator.apply(unknown), configurator.propose(unknown))) {
            assertThat(answer).failsWithin(Duration.ZERO).withThrowableThat()
                    .havingCause().isInstanceOf(IllegalArgumentException.class)
                    .withMessageContaining("unknown component 'nope'").withMessageContaining("inventory");
        }
        assertThat(configurator.canaryRunning("nope")).isFalse();
    }

    @Test
    void refusesToRollBackTheFirstVersion() {
        assertThatThrownBy(() -> configurator.rollback("inventory").get())
                .cause().hasMessageContaining("no earlier policy");
    }

    @Test
    void runsOptimizeHooksWhenAPolicyIsPromoted() throws Exception {
        CompletableFuture<ComponentPolicy> seen = new CompletableFuture<>();
        new StagedRegistrar("test").optimize("inventory", "resizePool", seen::complete).applyTo(registry);
        PolicyPatch patch = patch(shorterOpenDuration());

        configurator.apply(patch).get(5, TimeUnit.SECONDS);

        assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo(patch.candidate());
    }

    @Test
    void aThrowingOptimizeHookDoesNotUndoThePromotion() throws Exception {
        new StagedRegistrar("test").optimize("inventory", "broken", p -> {
            throw new IllegalStateException("host bug");
        }).applyTo(registry);

        PatchResult done = configurator.apply(patch(shorterOpenDuration())).get(5, TimeUnit.SECONDS);

        assertThat(done.promoted()).isTrue();
        assertThat(registry.policy("inventory").version()).isEqualTo(2);
    }

    private List<Class<?>> types() {
        List<Class<?>> types = new ArrayList<>();
        for (HmsEvent e : events.history()) {
            types.add(e.getClass());
        }
        return types;
    }

    private PolicyPatch patch(ComponentPolicy candidate) {
        return PolicyPatch.of("inventory", registry.policy("inventory").version(), candidate, "test", "tuning");
    }

    private ComponentPolicy shorterOpenDuration() {
        ComponentPolicy current = registry.policy("inventory").policy();
        BreakerPolicy breaker = current.guard().breaker().withOpenDuration(Duration.ofSeconds(3));
        return current.withGuard(current.guard().withBreaker(breaker));
    }

    private ComponentPolicy fewerProbes() {
        ComponentPolicy current = registry.policy("inventory").policy();
        return current.withGuard(current.guard().withBreaker(current.guard().breaker().withHalfOpenProbes(2)));
    }

    /** A guard stand-in whose traffic figures the test sets. */
    private static final class FakeGuards implements CanaryTarget {
        volatile GuardPolicy canaryPolicy;
        volatile double canaryFraction;
        int started;
        private final Map<String, TrafficSample> baseline = new HashMap<>();
        private TrafficSample canary = TrafficSample.EMPTY;

        void traffic(TrafficSample baselineDuringCanary, TrafficSample canaryDuringCanary) {
            baseline.put("inventory", baselineDuringCanary);
            canary = canaryDuringCanary;
        }

        @Override
        public void startCanary(String component, GuardPolicy candidate, double fraction) {
            started++;
            canaryPolicy = candidate;
            canaryFraction = fraction;
        }

        @Override
        public void stopCanary(String component) {
            canaryPolicy = null;
        }

        @Override
        public TrafficSample baseline(String component) {
            return baseline.getOrDefault(component, TrafficSample.EMPTY);
        }

        @Override
        public TrafficSample canary(String component) {
            return canary;
        }
    }
}
