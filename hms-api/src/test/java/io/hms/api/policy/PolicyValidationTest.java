package io.hms.api.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each policy record refuses a bad field with a message naming the field and the value it got. */
class PolicyValidationTest {

    @Test
    void defaultsAreValid() {
        assertThatCode(() -> {
            ComponentPolicy.defaults();
            RetryPolicy.none();
            ConcurrencyLimitPolicy.fixed(5);
            TimeoutPolicy.none();
        }).doesNotThrowAnyException();
    }

    @Test
    void healthPolicyNamesTheBadField() {
        HealthPolicy ok = HealthPolicy.defaults();
        assertThatThrownBy(() -> ok.withInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval must be positive, got PT0S");
        assertThatThrownBy(() -> ok.withHysteresis(0, 1))
                .hasMessage("failuresToDown must be at least 1, got 0");
        assertThatThrownBy(() -> ok.withTimeout(null)).isInstanceOf(NullPointerException.class).hasMessage("timeout");
    }

    @Test
    void breakerPolicyNamesTheBadField() {
        BreakerPolicy ok = BreakerPolicy.defaults();
        assertThatThrownBy(() -> ok.withFailureRateThreshold(0f))
                .hasMessage("failureRateThreshold must be in (0, 100], got 0.0");
        assertThatThrownBy(() -> ok.withFailureRateThreshold(Float.NaN))
                .hasMessage("failureRateThreshold must be in (0, 100], got NaN");
        assertThatThrownBy(() -> ok.withWindow(WindowType.TIME, 3601))
                .hasMessage("a TIME window must be at most 3600 seconds, got 3601");
        assertThatThrownBy(() -> ok.withHalfOpenProbes(0)).hasMessage("halfOpenProbes must be at least 1, got 0");
        assertThat(ok.withWindow(WindowType.COUNT, 3601).windowSize()).isEqualTo(3601);
    }

    @Test
    void concurrencyLimitPolicyKeepsTheInitialLimitWithinBounds() {
        ConcurrencyLimitPolicy ok = ConcurrencyLimitPolicy.defaults();
        assertThatThrownBy(() -> ok.withBounds(300, 1, 200))
                .hasMessage("initialLimit must be in [minLimit=1, maxLimit=200], got 300");
        assertThatThrownBy(() -> ok.withBounds(5, 10, 5)).hasMessage("maxLimit must be at least 10, got 5");
        assertThatThrownBy(() -> ok.withBounds(0, 0, 5)).hasMessage("minLimit must be at least 1, got 0");
        assertThatThrownBy(() -> ok.withLatencyThreshold(Duration.ofMillis(-1)))
                .hasMessage("latencyThreshold must be positive, got PT-0.001S");
    }

    @Test
    void retryPolicyNamesTheBadField() {
        RetryPolicy ok = RetryPolicy.defaults();
        assertThatThrownBy(() -> ok.withMaxAttempts(0)).hasMessage("maxAttempts must be at least 1, got 0");
        assertThatThrownBy(() -> ok.withJitter(1.5)).hasMessage("jitter must be in [0.0, 1.0], got 1.5");
        assertThatThrownBy(() -> ok.withBackoff(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(1)))
                .hasMessage("maxBackoff must be at least initialBackoff=PT2S, got PT1S");
        assertThatThrownBy(() -> ok.withBackoff(Duration.ofMillis(10), 0.5, Duration.ofSeconds(1)))
                .hasMessage("multiplier must be in [1.0, 100.0], got 0.5");
    }

    @Test
    void retryBackoffGrowsByTheMultiplierUpToTheCap() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(50), 2.0, Duration.ofMillis(300), 0.0);
        assertThat(p.baseBackoffNanos(1)).isEqualTo(50_000_000L);
        assertThat(p.baseBackoffNanos(2)).isEqualTo(100_000_000L);
        assertThat(p.baseBackoffNanos(3)).isEqualTo(200_000_000L);
        assertThat(p.baseBackoffNanos(4)).isEqualTo(300_000_000L);
    }

    @Test
    void timeoutPolicyAllowsZeroAsNoneButNotNegative() {
        assertThat(TimeoutPolicy.none().enabled()).isFalse();
        assertThat(TimeoutPolicy.of(Duration.ofSeconds(1)).enabled()).isTrue();
        assertThatThrownBy(() -> TimeoutPolicy.of(Duration.ofSeconds(-1)))
                .hasMessage("timeout must not be negative, got PT-1S");
    }

    @Test
    void playbookCopiesItsStepsAndStepsValidate() {
        List<PlaybookStep> steps = new ArrayList<>(List.of(new PlaybookStep("reset", Duration.ofSeconds(1))));
        Playbook playbook = new Playbook(steps);
        steps.clear();
        assertThat(playbook.steps()).hasSize(1);
        assertThat(playbook.isByLevel()).isFalse();
        assertThat(Playbook.byLevel().isByLevel()).isTrue();
        assertThatThrownBy(() -> new PlaybookStep("reset", Duration.ZERO))
                .hasMessage("timeout must be positive, got PT0S");
        assertThatThrownBy(() -> new PlaybookStep("", Duration.ofSeconds(1)))
                .hasMessageStartingWith("playbook step function must be 1-64");
    }

    @Test
    void versionsAndPatchesStartAtOne() {
        ComponentPolicy p = ComponentPolicy.defaults();
        assertThatThrownBy(() -> new VersionedPolicy("db", 0, p, Instant.EPOCH, "initial"))
                .hasMessage("version must be at least 1, got 0");
        assertThatThrownBy(() -> PolicyPatch.of("db", 0, p, "optimizer", "faster"))
                .hasMessage("baseVersion must be at least 1, got 0");
        assertThat(PolicyPatch.of("db", 1, p, "optimizer", "faster").id()).isNotBlank();
    }
}
