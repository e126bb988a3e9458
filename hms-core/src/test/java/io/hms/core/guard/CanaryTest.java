package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.event.BreakerState;
import io.hms.api.policy.GuardPolicy;
import io.hms.core.time.ManualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CanaryTest {

    private final ManualScheduler time = new ManualScheduler();
    private final EventLog events = new EventLog();
    private final Guards guards = new Guards(time, events);
    private final Guard guard = guards.register("db", Policies.plain(), e -> false);
    private final GuardPolicy candidate = Policies.plain().withBreaker(Policies.countBreaker(2, 2));

    @AfterEach
    void close() {
        guards.close();
    }

    private void calls(int n) {
        for (int i = 0; i < n; i++) {
            guard.call(() -> "ok");
        }
    }

    @Test
    void fractionZeroSendsNothingToTheCanary() {
        guard.startCanary(candidate, 0.0);
        calls(200);

        assertThat(guard.canaryStats()).hasValueSatisfying(s -> assertThat(s.snapshot().calls()).isZero());
        assertThat(guard.stats().snapshot().successes()).isEqualTo(200);
    }

    @Test
    void fractionOneSendsEverythingToTheCanary() {
        guard.startCanary(candidate, 1.0);
        calls(200);

        assertThat(guard.canaryStats()).hasValueSatisfying(s -> assertThat(s.snapshot().successes()).isEqualTo(200));
        assertThat(guard.stats().snapshot().calls()).isZero();
        assertThat(guard.trace().snapshot().size()).as("the baseline trace").isZero();
    }

    @Test
    void aFractionSplitsTheCallsAndKeepsStatsApart() {
        guard.startCanary(candidate, 0.5);
        calls(400);

        long canary = guard.canaryStats().orElseThrow().snapshot().successes();
        long baseline = guard.stats().snapshot().successes();
        assertThat(canary + baseline).isEqualTo(400);
        assertThat(canary).isBetween(100L, 300L);
    }

    @Test
    void theCanaryHasItsOwnBreakerAndPublishesNoTransitions() {
        guard.startCanary(candidate, 1.0);
        for (int i = 0; i < 3; i++) {
            try {
                guard.run(() -> {
                    throw new IllegalStateException("down");
                });
            } catch (RuntimeException expected) {
                // the canary's breaker records it
            }
        }

        assertThat(guard.canaryStats().orElseThrow().snapshot().rejectedByBreaker()).isEqualTo(1);
        assertThat(guard.breakerState()).isEqualTo(BreakerState.CLOSED);
        assertThat(guard.breaker().bufferedCalls()).isZero();
        assertThat(events.transitions()).isEmpty();

        guard.stopCanary();
        assertThat(guard.call(() -> "baseline")).isEqualTo("baseline");
    }

    @Test
    void stoppingTheCanaryDropsItsStats() {
        guard.startCanary(candidate, 1.0);
        calls(3);
        assertThat(guard.canaryPolicy()).contains(candidate);

        guard.stopCanary();
        calls(2);

        assertThat(guard.canaryStats()).isEmpty();
        assertThat(guard.canaryPolicy()).isEmpty();
        assertThat(guard.stats().snapshot().successes()).isEqualTo(2);
    }

    @Test
    void theCanaryUsesTheGuardsFallback() {
        guard.fallback(cause -> "fallback");
        guard.startCanary(candidate, 1.0);

        String value = guard.call(() -> {
            throw new IllegalStateException("down");
        });

        assertThat(value).isEqualTo("fallback");
        assertThat(guard.canaryStats().orElseThrow().snapshot().fallbacks()).isEqualTo(1);
    }

    @Test
    void rejectsAFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> guard.startCanary(candidate, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}
