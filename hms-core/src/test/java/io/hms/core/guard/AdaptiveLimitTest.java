package io.hms.core.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.RetryPolicy;
import io.hms.core.guard.internal.LimitCounter;
import io.hms.core.time.ManualScheduler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {

    private static final long MS = 1_000_000L;

    private static ConcurrencyLimitPolicy aimd(int initial, int min, int max) {
        return new ConcurrencyLimitPolicy(LimitAlgorithm.AIMD, initial, min, max, 0.5, Duration.ofMillis(100), 1.5);
    }

    /** A limiter on plain cells for one thread, as the optimizer's replay drives it. */
    private static ConcurrencyLimiter confined(ConcurrencyLimitPolicy policy) {
        return new ConcurrencyLimiter(LimitCounter.confined(policy), null);
    }

    private static ConcurrencyLimitPolicy gradient(int initial, int min, int max) {
        return new ConcurrencyLimitPolicy(LimitAlgorithm.GRADIENT, initial, min, max, 0.9, Duration.ofSeconds(1),
                1.5);
    }

    /**
     * Simulates {@code concurrency} callers that each call again as soon as their call completes (if the
     * limit lets them): {@code calls} calls of {@code latencyMs} complete, then the rest drain. Checks
     * the bounds after each call.
     */
    private static void load(ConcurrencyLimiter limiter, int concurrency, int calls, long latencyMs,
                             boolean dropped) {
        ConcurrencyLimitPolicy policy = limiter.policy();
        int inFlight = 0;
        for (int i = 0; i < calls; i++) {
            while (inFlight < concurrency && limiter.tryAcquire()) {
                inFlight++;
            }
            limiter.release(latencyMs * MS, dropped);
            inFlight--;
            assertThat(limiter.limit()).isBetween(policy.minLimit(), policy.maxLimit());
        }
        for (; inFlight > 0; inFlight--) {
            limiter.release(latencyMs * MS, dropped);
        }
    }

    @Test
    void refusesBeyondTheLimit() {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.of(ConcurrencyLimitPolicy.fixed(2));

        assertThat(limiter.tryAcquire()).isTrue();
        assertThat(limiter.tryAcquire()).isTrue();
        assertThat(limiter.tryAcquire()).isFalse();
        assertThat(limiter.inFlight()).isEqualTo(2);

        limiter.release(MS, false);
        assertThat(limiter.tryAcquire()).isTrue();
    }

    @Test
    void fixedLimitNeverMoves() {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.of(ConcurrencyLimitPolicy.fixed(10));

        load(limiter, 5, 50, 5_000, true);
        load(limiter, 10, 50, 1, false);

        assertThat(limiter.limit()).isEqualTo(10);
    }

    @Test
    void aimdShrinksByTheBackoffRatioOnSlowCallsDownToItsMinimum() {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.of(aimd(40, 3, 100));

        load(limiter, 1, 1, 200, false);
        assertThat(limiter.limit()).isEqualTo(20);
        load(limiter, 1, 1, 200, false);
        assertThat(limiter.limit()).isEqualTo(10);
        load(limiter, 1, 10, 200, false);
        assertThat(limiter.limit()).isEqualTo(3);
    }

    @Test
    void aimdShrinksOnFailuresEvenWhenFast() {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.of(aimd(40, 3, 100));

        load(limiter, 1, 1, 1, true);

        assertThat(limiter.limit()).isEqualTo(20);
    }

    @Test
    void aimdGrowsByOneOnFastCallsWhileHalfTheLimitIsInUse() {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.of(aimd(10, 3, 25));

        load(limiter, 10, 10, 1, false); // 10 in flight keep a limit up to 20 in use
        assertThat(limiter.limit()).isEqualTo(20);

        load(limiter, 16, 30, 1, false);
        assertThat(limiter.limit()).isEqualTo(25); // capped at the maximum
    }

    @Test
    void aimdDoesNotGrowWhileMostlyIdle() {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.of(aimd(10, 3, 25));

        load(limiter, 1, 100, 1, false);

        assertThat(limiter.limit()).isEqualTo(10);
    }

    @Test
    void aimdLimitOfAGuardShrinksAsTheDependencySlowsAndRecovers() {
        ManualScheduler time = new ManualScheduler();
        try (Guards guards = new Guards(time, new EventLog())) {
            Guard guard = guards.register("db", Policies.plain().withLimit(aimd(16, 2, 16))
                    .withRetry(RetryPolicy.none()), e -> false);
            for (int i = 0; i < 3; i++) {
                guard.call(() -> {
                    time.advance(Duration.ofMillis(250)); // slower than the 100 ms threshold
                    return "slow";
                });
            }
            assertThat(guard.limiter().limit()).isEqualTo(2);

            for (int i = 0; i < 20; i++) {
                guard.call(() -> "fast");
            }
            // one call in flight uses half of a limit of 2, not of 3: the limit grows only while in use
            assertThat(guard.limiter().limit()).isEqualTo(3);
        }
    }

    @Test
    void gradientShrinksAsLatencyRisesAndGrowsBackWhenFast() {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.of(gradient(50, 5, 100));
        load(limiter, 41, 20, 10, false);
        int healthy = limiter.limit();
        assertThat(healthy).isGreaterThanOrEqualTo(50);

        load(limiter, 41, 100, 50, false);
        int congested = limiter.limit();
        assertThat(congested).isLessThan(healthy / 2);

        load(limiter, 41, 200, 10, false);
        assertThat(limiter.limit()).isGreaterThan(congested * 2);
    }

    @Test
    void gradientNeverLeavesItsBounds() {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.of(gradient(20, 10, 30));

        load(limiter, 20, 500, 1, false);
        assertThat(limiter.limit()).isEqualTo(30);
        load(limiter, 10, 500, 1_000, false);
        assertThat(limiter.limit()).isEqualTo(10);
        load(limiter, 10, 50, 1, true);
        assertThat(limiter.limit()).isEqualTo(10);
    }

    @Test
    void aConfinedGradientLimiterMovesExactlyAsASharedOne() {
        ConcurrencyLimiter shared = ConcurrencyLimiter.of(gradient(50, 5, 100));
        ConcurrencyLimiter confined = confined(gradient(50, 5, 100));
        long[][] phases = {{41, 20, 10}, {41, 100, 50}, {8, 30, 400}, {41, 200, 10}};
        for (long[] phase : phases) {
            load(shared, (int) phase[0], (int) phase[1], phase[2], false);
            load(confined, (int) phase[0], (int) phase[1], phase[2], false);
            assertThat(confined.limit()).isEqualTo(shared.limit());
        }
        shared.updatePolicy(gradient(50, 5, 60));
        confined.updatePolicy(gradient(50, 5, 60));
        load(shared, 41, 50, 30, false);
        load(confined, 41, 50, 30, false);
        assertThat(confined.limit()).as("what the gradient learned survives the swap alike")
                .isEqualTo(shared.limit()).isLessThan(60);
    }

    @Test
    void aimdGrowsExactlyWhileAtLeastHalfTheLimitIsInUse() {
        for (ConcurrencyLimiter limiter : List.of(ConcurrencyLimiter.of(aimd(4, 1, 100)),
                confined(aimd(4, 1, 100)))) {
            limiter.tryAcquire();
            limiter.tryAcquire();
            limiter.release(MS, false); // 2 of 4 in flight when it completed: exactly half
            assertThat(limiter.limit()).isEqualTo(5);
            limiter.release(MS, false); // 1 of 5: under half
            assertThat(limiter.limit()).isEqualTo(5);
            for (int i = 0; i < 3; i++) {
                limiter.tryAcquire();
            }
            limiter.release(MS, false); // 3 of 5: over half
            assertThat(limiter.limit()).isEqualTo(6);
            limiter.release(MS, true); // a drop: 6 * 0.5
            assertThat(limiter.limit()).isEqualTo(3);
        }
    }

    @Test
    void aConfinedAimdLimiterMovesExactlyAsASharedOne() {
        ConcurrencyLimiter shared = ConcurrencyLimiter.of(aimd(10, 2, 40));
        ConcurrencyLimiter confined = confined(aimd(10, 2, 40));
        // {concurrency, calls, latency ms, dropped}: growth while busy, none while idle, drops, slow calls
        long[][] phases = {{8, 30, 10, 0}, {2, 30, 10, 0}, {40, 60, 10, 0}, {20, 5, 10, 1}, {20, 5, 300, 0},
            {5, 40, 10, 0}};
        for (long[] phase : phases) {
            load(shared, (int) phase[0], (int) phase[1], phase[2], phase[3] == 1);
            load(confined, (int) phase[0], (int) phase[1], phase[2], phase[3] == 1);
            assertThat(confined.limit()).isEqualTo(shared.limit());
            assertThat(confined.inFlight()).isEqualTo(shared.inFlight()).isZero();
        }
        assertThat(confined.limit()).as("it moved at all").isNotEqualTo(10);
    }

    @Test
    void swapKeepsTheCurrentLimitClampedToTheNewBounds() {
        ConcurrencyLimiter limiter = ConcurrencyLimiter.of(aimd(40, 3, 100));
        load(limiter, 1, 1, 200, false);
        assertThat(limiter.limit()).isEqualTo(20);

        limiter.updatePolicy(aimd(15, 1, 15));
        assertThat(limiter.limit()).isEqualTo(15);
        limiter.updatePolicy(aimd(50, 1, 100).withAlgorithm(LimitAlgorithm.GRADIENT));
        assertThat(limiter.limit()).isEqualTo(15);
        limiter.updatePolicy(ConcurrencyLimitPolicy.fixed(7));
        assertThat(limiter.limit()).isEqualTo(7);
    }
}
