package io.hms.core.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.Coordinator;
import io.hms.api.spi.Optimizer;
import io.hms.api.spi.OptimizerContext;
import io.hms.core.Hms;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OptimizerWiringTest {

    /** Remembers its context and whether it was closed. */
    private static final class RecordingOptimizer implements Optimizer {
        volatile OptimizerContext context;
        volatile boolean closed;
        final boolean failOnStart;

        RecordingOptimizer(boolean failOnStart) {
            this.failOnStart = failOnStart;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public void start(OptimizerContext value) {
            context = value;
            if (failOnStart) {
                throw new IllegalStateException("cannot start");
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aRuntimeWithoutAnyOptimizerStillStarts() {
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).component("inventory").build().start()) {
            assertThat(hms.optimizer()).isEmpty();
            assertThat(hms.guard("inventory").call(() -> 42)).isEqualTo(42);
        }
    }

    @Test
    void theRuntimeStartsAndClosesItsOptimizerWithAContextOverItself() {
        RecordingOptimizer optimizer = new RecordingOptimizer(false);
        PolicySpace narrow = PolicySpace.empty().with(Parameter.RETRY_MAX_ATTEMPTS, 1, 2);
        Hms hms = Hms.builder().scheduler(new ManualScheduler())
                .component("inventory")
                .repair("inventory", "reconnect", 1, Duration.ofSeconds(1), ctx -> true)
                .policySpace("inventory", narrow)
                .optimizer(optimizer)
                .build();
        assertThat(optimizer.context).isNull();
        hms.start();
        try {
            OptimizerContext context = optimizer.context;
            assertThat(hms.optimizer()).containsSame(optimizer);
            assertThat(context.components()).containsExactly("inventory");
            assertThat(context.policySpace("inventory")).isEqualTo(narrow);
            assertThat(context.policy("inventory").version()).isEqualTo(1);
            assertThat(context.repairs("inventory"))
                    .containsExactly(new PlaybookStep("reconnect", Duration.ofSeconds(1)));
            assertThat(context.incidents("inventory")).isEmpty();
            assertThat(context.coordinator().nodeId()).isEqualTo(hms.coordinator().nodeId());
            assertThat(context.coordinator()).as("an optimizer cannot commit around the configurator")
                    .isNotInstanceOf(Coordinator.class);

            hms.guard("inventory").call(() -> "before the optimizer asks");
            assertThat(context.trace("inventory").size()).as("recorded only once asked for").isZero();
            hms.guard("inventory").call(() -> "ok");
            CallRecords trace = context.trace("inventory");
            assertThat(trace.size()).isEqualTo(1);
            assertThat(trace.outcome(0)).isEqualTo(CallRecords.Outcome.SUCCESS);
            assertThat(context.threadFactory("optimizer").newThread(() -> { }).getName()).startsWith("hms-optimizer-");
        } finally {
            hms.close();
        }
        assertThat(optimizer.closed).isTrue();
    }

    @Test
    void aProposalGoesToTheConfigurator() throws Exception {
        RecordingOptimizer optimizer = new RecordingOptimizer(false);
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).component("inventory").optimizer(optimizer)
                .build().start()) {
            VersionedPolicy current = optimizer.context.policy("inventory");
            PolicyPatch unchangedGuard = PolicyPatch.of("inventory", current.version(), current.policy(), "optimizer",
                    "nothing to canary");
            assertThat(optimizer.context.propose(unchangedGuard).toCompletableFuture().get(5, TimeUnit.SECONDS)).isTrue();
            assertThat(hms.registry().policy("inventory").version()).isEqualTo(2);
        }
    }

    @Test
    void theContextTellsWhetherAComponentsPatchIsBeingCanaried() {
        RecordingOptimizer optimizer = new RecordingOptimizer(false);
        ManualScheduler time = new ManualScheduler();
        try (Hms hms = Hms.builder().scheduler(time).component("inventory").optimizer(optimizer).build().start()) {
            VersionedPolicy current = optimizer.context.policy("inventory");
            GuardPolicy guard = current.policy().guard();
            ComponentPolicy moreAttempts = current.policy()
                    .withGuard(guard.withRetry(guard.retry().withMaxAttempts(guard.retry().maxAttempts() + 1)));
            assertThat(optimizer.context.canaryRunning("inventory")).isFalse();

            optimizer.context.propose(PolicyPatch.of("inventory", current.version(), moreAttempts, "optimizer", "try"));
            assertThat(optimizer.context.canaryRunning("inventory")).isTrue();

            time.advance(hms.configurator().options().bakeWindow()); // no calls in the canary: rolled back
            assertThat(optimizer.context.canaryRunning("inventory")).isFalse();
        }
    }

    @Test
    void anOptimizerThatFailsToStartLeavesTheRuntimeRunning() {
        RecordingOptimizer optimizer = new RecordingOptimizer(true);
        try (Hms hms = Hms.builder().scheduler(new ManualScheduler()).component("inventory").optimizer(optimizer)
                .build().start()) {
            assertThat(optimizer.closed).isTrue();
            assertThat(hms.guard("inventory").call(() -> 42)).isEqualTo(42);
        }
    }
}
