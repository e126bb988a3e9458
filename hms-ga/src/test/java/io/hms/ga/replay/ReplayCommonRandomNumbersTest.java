package io.hms.ga.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.WindowType;
import io.hms.ga.replay.internal.SplitMix;
import io.hms.ga.workload.SyntheticWorkloads;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Under one seed a call's attempt meets the same dependency whatever the policy (common random numbers). */
class ReplayCommonRandomNumbersTest {

    /** One bucket over the whole trace and no load effects: the odds are the same for every attempt. */
    private static final TraceReplay FLAT_ODDS = TraceReplay.of(DependencyModel.fromTrace(
            SyntheticWorkloads.transientErrorBursts(1L), Duration.ofSeconds(120), LoadModel.insensitive()));
    private static final BreakerPolicy NEVER_OPENS = new BreakerPolicy(WindowType.COUNT, 100_000, 100f, 100f,
            Duration.ofSeconds(60), 100_000, Duration.ofSeconds(10), 5);
    private static final GuardPolicy RETRYING = GuardPolicy.defaults()
            .withLimit(ConcurrencyLimitPolicy.fixed(100_000))
            .withBreaker(NEVER_OPENS)
            .withRetry(new RetryPolicy(3, Duration.ofMillis(20), 2.0, Duration.ofMillis(500), 0.0));

    @Test
    void policiesThatDifferOnlyInJitterSeeTheSameDependency() {
        for (long seed = 1; seed <= 3; seed++) {
            ReplayResult still = FLAT_ODDS.replay(RETRYING, seed);
            ReplayResult jittered = FLAT_ODDS.replay(RETRYING.withRetry(RETRYING.retry().withJitter(0.5)), seed);
            assertThat(still.attemptsSent()).isGreaterThan(still.offeredCalls());
            assertThat(jittered.successfulCalls()).isEqualTo(still.successfulCalls());
            assertThat(jittered.failedCalls()).isEqualTo(still.failedCalls());
            assertThat(jittered.attemptsSent()).isEqualTo(still.attemptsSent());
        }
    }

    @Test
    void moreAttemptsRescueCallsButNeverLoseOneTheFirstAttemptDelivered() {
        for (long seed = 1; seed <= 3; seed++) {
            ReplayResult once = FLAT_ODDS.replay(RETRYING.withRetry(RetryPolicy.none()), seed);
            ReplayResult twice = FLAT_ODDS.replay(RETRYING.withRetry(
                    new RetryPolicy(2, Duration.ofMillis(20), 2.0, Duration.ofMillis(500), 0.0)), seed);
            ReplayResult thrice = FLAT_ODDS.replay(RETRYING, seed);
            // the first attempts are the same draws, so the retries can only add successes
            assertThat(twice.successfulCalls()).isGreaterThan(once.successfulCalls());
            assertThat(thrice.successfulCalls()).isGreaterThan(twice.successfulCalls());
            assertThat(twice.attemptsSent() - once.attemptsSent()).isEqualTo(once.failedCalls());
            assertThat(thrice.attemptsSent() - twice.attemptsSent()).isEqualTo(twice.failedCalls());
        }
    }

    @Test
    void aKeyedDrawDependsOnlyOnItsKeyAndCounter() {
        assertThat(SplitMix.uniform(7L, 12L)).isEqualTo(SplitMix.uniform(7L, 12L))
                .isNotEqualTo(SplitMix.uniform(7L, 13L)).isNotEqualTo(SplitMix.uniform(8L, 12L));
        SplitMix stream = new SplitMix(7L);
        assertThat(stream.nextDouble()).isEqualTo(SplitMix.uniform(7L, 0L));
        assertThat(stream.nextDouble()).isEqualTo(SplitMix.uniform(7L, 1L));
        double sum = 0;
        for (long i = 0; i < 10_000; i++) {
            double u = SplitMix.uniform(42L, i);
            assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            sum += u;
        }
        assertThat(sum / 10_000).isBetween(0.49, 0.51);
    }
}
