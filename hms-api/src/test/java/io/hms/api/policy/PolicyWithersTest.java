package io.hms.api.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each {@code with...} changes its own fields, keeps every other field, validates, and leaves the original alone. */
class PolicyWithersTest {

    @Test
    void breakerWithersChangeOnlyTheirFields() {
        BreakerPolicy base = BreakerPolicy.defaults();
        BreakerPolicy slow = base.withSlowCalls(60f, Duration.ofMillis(800));
        assertThat(slow.slowCallRateThreshold()).isEqualTo(60f);
        assertThat(slow.slowCallDuration()).isEqualTo(Duration.ofMillis(800));
        assertThat(slow.withSlowCalls(100f, Duration.ofSeconds(2))).isEqualTo(base);

        assertThat(base.withMinimumCalls(7).minimumCalls()).isEqualTo(7);
        assertThat(base.withMinimumCalls(7).withMinimumCalls(20)).isEqualTo(base);
        assertThat(base.withOpenDuration(Duration.ofSeconds(3)).openDuration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(base.withOpenDuration(Duration.ofSeconds(3)).withOpenDuration(Duration.ofSeconds(10))).isEqualTo(base);
        assertThat(base.withHalfOpenProbes(2).halfOpenProbes()).isEqualTo(2);
        assertThat(base.withHalfOpenProbes(2).withHalfOpenProbes(5)).isEqualTo(base);
        assertThat(base.withFailureRateThreshold(25f).failureRateThreshold()).isEqualTo(25f);
        assertThat(base).isEqualTo(BreakerPolicy.defaults());
    }

    @Test
    void aSlowCallRateOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> BreakerPolicy.defaults().withSlowCalls(101f, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slowCallRateThreshold must be in (0, 100], got 101.0");
        assertThatThrownBy(() -> BreakerPolicy.defaults().withSlowCalls(50f, Duration.ZERO))
                .hasMessage("slowCallDuration must be positive, got PT0S");
    }

    @Test
    void concurrencyLimitWithersChangeOnlyTheirFields() {
        ConcurrencyLimitPolicy base = ConcurrencyLimitPolicy.defaults();
        ConcurrencyLimitPolicy gradient = base.withAlgorithm(LimitAlgorithm.GRADIENT);
        assertThat(gradient.algorithm()).isEqualTo(LimitAlgorithm.GRADIENT);
        assertThat(gradient.withAlgorithm(LimitAlgorithm.AIMD)).isEqualTo(base);
        ConcurrencyLimitPolicy bounded = base.withBounds(8, 2, 16);
        assertThat(bounded.initialLimit()).isEqualTo(8);
        assertThat(bounded.minLimit()).isEqualTo(2);
        assertThat(bounded.maxLimit()).isEqualTo(16);
        assertThat(bounded.withBounds(20, 1, 200)).isEqualTo(base);
        assertThat(base.withLatencyThreshold(Duration.ofMillis(250)).latencyThreshold()).isEqualTo(Duration.ofMillis(250));
        assertThat(ConcurrencyLimitPolicy.fixed(4).algorithm()).isEqualTo(LimitAlgorithm.FIXED);
        assertThat(base.maxWait()).isZero();
        ConcurrencyLimitPolicy waiting = base.withMaxWait(Duration.ofMillis(5));
        assertThat(waiting.maxWait()).isEqualTo(Duration.ofMillis(5));
        assertThat(waiting.withBounds(8, 2, 16).withAlgorithm(LimitAlgorithm.FIXED).maxWait())
                .isEqualTo(Duration.ofMillis(5));
        assertThat(waiting.withMaxWait(Duration.ZERO)).isEqualTo(base);
    }

    @Test
    void aWaitForAPlaceBelowZeroOrOverAMinuteIsRefused() {
        ConcurrencyLimitPolicy base = ConcurrencyLimitPolicy.defaults();
        assertThatThrownBy(() -> base.withMaxWait(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxWait must not be negative, got PT-0.001S");
        assertThatThrownBy(() -> base.withMaxWait(Duration.ofSeconds(61)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxWait must be at most PT1M, got PT1M1S; a call that waits longer for a place is better"
                        + " refused");
        assertThat(base.withMaxWait(ConcurrencyLimitPolicy.LONGEST_WAIT).maxWait()).isEqualTo(Duration.ofMinutes(1));
        assertThat(base.withMaxWait(null)).as("a policy stored before the wait existed").isEqualTo(base);
    }

    @Test
    void aBackoffRatioOutsideHalfToOneIsRefused() {
        assertThatThrownBy(() -> new ConcurrencyLimitPolicy(LimitAlgorithm.AIMD, 10, 1, 20, 1.0, Duration.ofSeconds(1), 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoffRatio must be in [0.5, 1), got 1.0");
        assertThatThrownBy(() -> new ConcurrencyLimitPolicy(LimitAlgorithm.AIMD, 10, 1, 20, 0.4, Duration.ofSeconds(1), 1.5))
                .hasMessage("backoffRatio must be in [0.5, 1), got 0.4");
        assertThatThrownBy(() -> new ConcurrencyLimitPolicy(LimitAlgorithm.GRADIENT, 10, 1, 20, 0.9, Duration.ofSeconds(1), 0.9))
                .hasMessage("tolerance must be in [1.0, 100.0], got 0.9");
    }

    @Test
    void retryWithersChangeOnlyTheirFields() {
        RetryPolicy base = RetryPolicy.defaults();
        assertThat(base.withMaxAttempts(5).maxAttempts()).isEqualTo(5);
        assertThat(base.withMaxAttempts(5).withMaxAttempts(3)).isEqualTo(base);
        RetryPolicy slower = base.withBackoff(Duration.ofMillis(100), 3.0, Duration.ofSeconds(4));
        assertThat(slower.initialBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(slower.multiplier()).isEqualTo(3.0);
        assertThat(slower.maxBackoff()).isEqualTo(Duration.ofSeconds(4));
        assertThat(slower.jitter()).isEqualTo(base.jitter());
        assertThat(base.withJitter(0.0).jitter()).isZero();
        assertThat(base.withJitter(0.0).withJitter(0.5)).isEqualTo(base);
        assertThat(RetryPolicy.none().baseBackoffNanos(1)).isZero();
    }

    @Test
    void healthWithersChangeOnlyTheirFields() {
        HealthPolicy base = HealthPolicy.defaults();
        assertThat(base.withInterval(Duration.ofMillis(200)).interval()).isEqualTo(Duration.ofMillis(200));
        assertThat(base.withInterval(Duration.ofMillis(200)).timeout()).isEqualTo(base.timeout());
        assertThat(base.withTimeout(Duration.ofMillis(100)).timeout()).isEqualTo(Duration.ofMillis(100));
        HealthPolicy strict = base.withHysteresis(1, 5);
        assertThat(strict.failuresToDown()).isEqualTo(1);
        assertThat(strict.successesToUp()).isEqualTo(5);
        assertThat(strict.withHysteresis(3, 2)).isEqualTo(base);
    }

    @Test
    void guardWithersReplaceOnePartAndKeepTheOthers() {
        GuardPolicy base = GuardPolicy.defaults();
        GuardPolicy changed = base.withTimeout(TimeoutPolicy.none())
                .withLimit(ConcurrencyLimitPolicy.fixed(3))
                .withBreaker(BreakerPolicy.defaults().withHalfOpenProbes(1))
                .withRetry(RetryPolicy.none());
        assertThat(changed.timeout().enabled()).isFalse();
        assertThat(changed.limit()).isEqualTo(ConcurrencyLimitPolicy.fixed(3));
        assertThat(changed.breaker().halfOpenProbes()).isEqualTo(1);
        assertThat(changed.retry()).isEqualTo(RetryPolicy.none());
        assertThat(base.timeout().enabled()).isTrue();
        assertThat(base.withRetry(RetryPolicy.none()).breaker()).isEqualTo(base.breaker());
        assertThatThrownBy(() -> base.withBreaker(null)).isInstanceOf(NullPointerException.class).hasMessage("breaker");
    }

    @Test
    void componentWithersReplaceOnePartAndKeepTheOthers() {
        ComponentPolicy base = ComponentPolicy.defaults();
        HealthPolicy health = HealthPolicy.defaults().withHysteresis(1, 1);
        GuardPolicy guard = GuardPolicy.defaults().withRetry(RetryPolicy.none());
        Playbook playbook = Playbook.of(new PlaybookStep("restart", Duration.ofSeconds(5)));
        ComponentPolicy changed = base.withHealth(health).withGuard(guard).withPlaybook(playbook);
        assertThat(changed).isEqualTo(new ComponentPolicy(health, guard, playbook));
        assertThat(base.withHealth(health).guard()).isEqualTo(base.guard());
        assertThat(base.withPlaybook(playbook).health()).isEqualTo(base.health());
        assertThat(base.withGuard(guard).playbook().isByLevel()).isTrue();
    }

    @Test
    void playbookWithersKeepTheOtherSettings() {
        PlaybookStep restart = new PlaybookStep("restart", Duration.ofSeconds(5));
        Playbook explicit = Playbook.of(restart);
        assertThat(explicit.isByLevel()).isFalse();
        assertThat(explicit.steps()).containsExactly(restart);
        assertThat(explicit.reopenWithin()).isEqualTo(Playbook.DEFAULT_REOPEN_WITHIN);
        Playbook tuned = explicit.withReopenWithin(Duration.ZERO).withCallerVerification(Duration.ofSeconds(1));
        assertThat(tuned.reopenWithin()).isZero();
        assertThat(tuned.callerVerification()).isEqualTo(Duration.ofSeconds(1));
        assertThat(tuned.steps()).containsExactly(restart);
        Playbook byLevel = tuned.withSteps(List.of());
        assertThat(byLevel.isByLevel()).isTrue();
        assertThat(byLevel.reopenWithin()).isZero();
        assertThatThrownBy(() -> explicit.withCallerVerification(Duration.ofSeconds(-1)))
                .hasMessage("callerVerification must not be negative, got PT-1S");
    }

    @Test
    void aVersionedPolicyNeedsItsPolicyTimeAndSource() {
        ComponentPolicy p = ComponentPolicy.defaults();
        VersionedPolicy v = new VersionedPolicy("inventory", 2, p, Instant.EPOCH, "patch:p-1");
        assertThat(v.version()).isEqualTo(2);
        assertThat(v.source()).isEqualTo("patch:p-1");
        assertThatThrownBy(() -> new VersionedPolicy("inventory", 0, p, Instant.EPOCH, "initial"))
                .hasMessage("version must be at least 1, got 0");
        assertThatThrownBy(() -> new VersionedPolicy("inventory", 1, null, Instant.EPOCH, "initial")).hasMessage("policy");
        assertThatThrownBy(() -> new VersionedPolicy("inventory", 1, p, null, "initial")).hasMessage("time");
        assertThatThrownBy(() -> new VersionedPolicy("inventory", 1, p, Instant.EPOCH, null)).hasMessage("source");
    }
}
