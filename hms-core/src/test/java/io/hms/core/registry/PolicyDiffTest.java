package io.hms.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {

    private final ComponentPolicy base = ComponentPolicy.defaults();

    @Test
    void equalPoliciesHaveNoDifference() {
        assertThat(PolicyDiff.between(base, ComponentPolicy.defaults())).isEmpty();
    }

    @Test
    void aChangedNestedFieldIsOneLineWithItsPath() {
        ComponentPolicy after = base.withGuard(GuardPolicy.defaults()
                .withBreaker(BreakerPolicy.defaults().withFailureRateThreshold(30f)));
        assertThat(PolicyDiff.between(base, after))
                .containsExactly("guard.breaker.failureRateThreshold: 50.0 -> 30.0");
    }

    @Test
    void severalChangesComeInDeclarationOrder() {
        ComponentPolicy after = base
                .withPlaybook(Playbook.of(new PlaybookStep("reset", Duration.ofSeconds(1))))
                .withGuard(GuardPolicy.defaults().withRetry(RetryPolicy.defaults().withMaxAttempts(5)))
                .withHealth(HealthPolicy.defaults().withHysteresis(4, 2).withInterval(Duration.ofMillis(500)));
        assertThat(PolicyDiff.between(base, after)).containsExactly(
                "health.interval: PT1S -> PT0.5S",
                "health.failuresToDown: 3 -> 4",
                "guard.retry.maxAttempts: 3 -> 5",
                "playbook.steps: [] -> [PlaybookStep[function=reset, timeout=PT1S]]");
    }

    @Test
    void worksForAnyRecordPair() {
        assertThat(PolicyDiff.between(RetryPolicy.none(), RetryPolicy.none().withJitter(0.25)))
                .containsExactly("jitter: 0.0 -> 0.25");
    }
}
