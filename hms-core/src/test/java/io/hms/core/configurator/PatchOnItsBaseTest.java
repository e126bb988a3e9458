package io.hms.core.configurator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.ComponentSpec;
import io.hms.api.event.PatchRolledBack;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.PolicyVersionConflictException;
import io.hms.api.spi.RegistryMutation;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.event.EventBus;
import io.hms.core.registry.FunctionRegistry;
import io.hms.core.registry.StagedRegistrar;
import io.hms.core.testing.ForwardingCoordinator;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A patch is promoted only on the version it was derived from: its promotion commits exactly the next
 * version, and of two patches on the same base the one committed second is refused, never promoted over
 * the first.
 */
class PatchOnItsBaseTest {

    private final ManualScheduler time = new ManualScheduler();
    private final EventBus events = new EventBus();
    private final FunctionRegistry registry = new FunctionRegistry(time::now);
    private final HeldCommits coordinator = new HeldCommits(new LocalCoordinator("n1", time));
    private Configurator configurator;

    @BeforeEach
    void setUp() {
        new StagedRegistrar("test").component(ComponentSpec.of("inventory")).applyTo(registry);
        configurator = new Configurator(registry, events, time, coordinator, new NoCanaries(),
                ConfiguratorOptions.defaults());
        configurator.start();
    }

    @AfterEach
    void tearDown() {
        configurator.close();
        events.close();
    }

    private static ComponentPolicy tuned(int failuresToDown) {
        return ComponentPolicy.defaults().withHealth(HealthPolicy.defaults().withHysteresis(failuresToDown, 1));
    }

    @Test
    void theSecondPatchCommittedOnASharedBaseIsRefusedNamingTheCurrentVersion() throws Exception {
        PolicyPatch first = PolicyPatch.of("inventory", 1, tuned(2), "a", "first");
        PolicyPatch second = PolicyPatch.of("inventory", 1, tuned(3), "b", "second");
        CompletableFuture<PatchResult> firstResult = configurator.apply(first);
        CompletableFuture<PatchResult> secondResult = configurator.apply(second);

        coordinator.release(1);
        coordinator.release(0);

        PatchResult won = secondResult.get(5, TimeUnit.SECONDS);
        assertThat(won.version()).map(VersionedPolicy::version).contains(2L);
        assertThat(won.version()).map(VersionedPolicy::source).contains("patch:" + second.id());
        assertThatThrownBy(() -> firstResult.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(PolicyVersionConflictException.class)
                .hasMessageContaining("at policy version 2").hasMessageContaining("based on version 1");
        assertThat(registry.policyHistory("inventory")).extracting(VersionedPolicy::version).containsExactly(1L, 2L);
        assertThat(registry.policy("inventory").policy()).isEqualTo(tuned(3));
    }

    @Test
    void thePromotionCommitsExactlyTheVersionAfterItsBase() throws Exception {
        configurator.apply(PolicyPatch.of("inventory", 1, tuned(2), "a", "first"));
        coordinator.release(0);
        CompletableFuture<PatchResult> next = configurator.apply(PolicyPatch.of("inventory", 2, tuned(3), "a", "next"));
        coordinator.release(0);

        assertThat(next.get(5, TimeUnit.SECONDS).version()).map(VersionedPolicy::version).contains(3L);
        assertThat(coordinator.sent).extracting(RegistryMutation.PolicyCommit::version).containsExactly(2L, 3L);
    }

    @Test
    void aCanarysPatchRefusedByTheCoordinatorIsRolledBackSayingWhy() throws Exception {
        coordinator.refuseWith(commit -> new PolicyVersionConflictException(commit.component(), commit.version(), 4));
        ComponentPolicy sameGuard = tuned(2); // nothing to canary: promoted at once, through propose
        CompletableFuture<PatchResult> result = configurator.propose(
                PolicyPatch.of("inventory", 1, sameGuard, "optimizer", "tuned"));
        coordinator.release(0);

        PatchResult done = result.get(5, TimeUnit.SECONDS);
        assertThat(done.promoted()).isFalse();
        assertThat(done.detail()).contains("refused").contains("at policy version 4");
        assertThat(events.history(PatchRolledBack.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("at policy version 4"));
        assertThat(configurator.canaryRunning("inventory")).isFalse();
    }

    @Test
    void aRollbackIsMadeOnTheVersionCurrentWhenItIsAskedFor() throws Exception {
        ComponentPolicy guardChanged = ComponentPolicy.defaults().withGuard(GuardPolicy.defaults()
                .withBreaker(BreakerPolicy.defaults().withOpenDuration(Duration.ofSeconds(3))));
        configurator.apply(PolicyPatch.of("inventory", 1, guardChanged, "a", "first"));
        coordinator.release(0);

        CompletableFuture<VersionedPolicy> rolledBack = configurator.rollback("inventory");
        coordinator.release(0);

        assertThat(rolledBack.get(5, TimeUnit.SECONDS).version()).isEqualTo(3);
        assertThat(coordinator.sent.getLast().version()).isEqualTo(3);
    }

    /** Holds every commit until the test releases it, to order concurrent ones; may refuse them as Raft would. */
    private static final class HeldCommits extends ForwardingCoordinator {
        private final List<RegistryMutation.PolicyCommit> sent = new ArrayList<>();
        private final List<Runnable> held = new ArrayList<>();
        private Function<RegistryMutation.PolicyCommit, RuntimeException> refusal;

        HeldCommits(LocalCoordinator delegate) {
            super(delegate);
        }

        void refuseWith(Function<RegistryMutation.PolicyCommit, RuntimeException> value) {
            this.refusal = value;
        }

        /** Lets the {@code index}-th commit still held through. */
        void release(int index) {
            held.remove(index).run();
        }

        @Override
        public CompletionStage<Long> commit(RegistryMutation mutation) {
            RegistryMutation.PolicyCommit commit = (RegistryMutation.PolicyCommit) mutation;
            sent.add(commit);
            CompletableFuture<Long> done = new CompletableFuture<>();
            held.add(() -> {
                if (refusal != null) {
                    done.completeExceptionally(refusal.apply(commit));
                } else {
                    super.commit(mutation).whenComplete((index, error) -> {
                        if (error != null) {
                            done.completeExceptionally(error);
                        } else {
                            done.complete(index);
                        }
                    });
                }
            });
            return done;
        }
    }

    /** Canaries that see no traffic: only patches that change no guard setting are used here. */
    private static final class NoCanaries implements CanaryTarget {
        @Override
        public void startCanary(String component, GuardPolicy candidate, double fraction) {
        }

        @Override
        public void stopCanary(String component) {
        }

        @Override
        public TrafficSample baseline(String component) {
            return TrafficSample.EMPTY;
        }

        @Override
        public TrafficSample canary(String component) {
            return TrafficSample.EMPTY;
        }
    }
}
