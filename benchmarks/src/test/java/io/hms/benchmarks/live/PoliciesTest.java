package io.hms.benchmarks.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.LimitAlgorithm;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PoliciesTest {

    @Test
    void aFixedLimiterIsDescribedByItsInitialLimitTheOneInForce() {
        ConcurrencyLimitPolicy fixed = new ConcurrencyLimitPolicy(LimitAlgorithm.FIXED, 8, 2, 40, 0.9,
                Duration.ofSeconds(1), 1.5);
        assertThat(Policies.describe(fixed)).isEqualTo("FIXED 8");
        assertThat(Policies.describe(Policies.start())).contains("limit FIXED 25,");
    }

    @Test
    void anAdaptiveLimiterIsDescribedByItsStartAndBounds() {
        assertThat(Policies.describe(ConcurrencyLimitPolicy.defaults())).isEqualTo("AIMD from 20 in 1-200");
    }
}
