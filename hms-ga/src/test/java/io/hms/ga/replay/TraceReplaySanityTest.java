package io.hms.ga.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.WindowType;
import io.hms.ga.workload.InFlightOverload;
import io.hms.ga.workload.SyntheticWorkloads;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TraceReplaySanityTest {

    /** The concurrency limit is held wide open so that breaker and retries alone decide. */
    private static final GuardPolicy BASE = GuardPolicy.defaults().withLimit(ConcurrencyLimitPolicy.fixed(1_000));

    private static double meanScore(TraceReplay replay, GuardPolicy policy) {
        double sum = 0;
        for (long seed = 1; seed <= 3; seed++) {
            sum += replay.score(policy, seed);
        }
        return sum / 3;
    }

    @Test
    void aHealthyDependencyDeliversNearlyEveryCall() {
        ReplayResult r = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.steady(1L)))
                .replay(GuardPolicy.defaults(), 1L);
        assertThat(r.errorRate()).isLessThan(0.005);
        assertThat(r.goodputPerSecond()).isBetween(190.0, 210.0);
        assertThat(r.breakerOpenings()).isZero();
        assertThat(r.p99LatencyNanos()).isLessThan(Duration.ofMillis(200).toNanos());
    }

    @Test
    void underALongOutageABreakerThatNeverOpensScoresBelowOneThatOpens() {
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.longOutage(1L)));
        BreakerPolicy never = new BreakerPolicy(WindowType.COUNT, 100_000, 100f, 100f, Duration.ofSeconds(60),
                100_000, Duration.ofSeconds(10), 5);
        BreakerPolicy opens = BreakerPolicy.defaults().withOpenDuration(Duration.ofSeconds(2));

        ReplayResult closed = replay.replay(BASE.withBreaker(never), 1L);
        ReplayResult opening = replay.replay(BASE.withBreaker(opens), 1L);

        assertThat(closed.breakerOpenings()).isZero();
        assertThat(opening.breakerOpenings()).isPositive();
        assertThat(opening.attemptsSent()).isLessThan(closed.attemptsSent());
        assertThat(meanScore(replay, BASE.withBreaker(never))).isLessThan(meanScore(replay, BASE.withBreaker(opens)));
    }

    @Test
    void underOverloadRetriesAddLoadThatSlowsTheDependencyForEveryone() {
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(InFlightOverload.trace(8, 25, 1L)));
        GuardPolicy open = BASE.withBreaker(new BreakerPolicy(WindowType.COUNT, 100_000, 100f, 100f,
                Duration.ofSeconds(60), 100_000, Duration.ofSeconds(10), 5)); // retries meet the dependency
        GuardPolicy once = open.withRetry(BASE.retry().withMaxAttempts(1));
        GuardPolicy twice = open.withRetry(BASE.retry().withMaxAttempts(2));
        GuardPolicy fourTimes = open.withRetry(BASE.retry().withMaxAttempts(4));

        ReplayResult one = replay.replay(once, 1L);
        ReplayResult two = replay.replay(twice, 1L);
        ReplayResult four = replay.replay(fourTimes, 1L);
        assertThat(two.attemptsSent()).isGreaterThan(one.attemptsSent());
        assertThat(four.attemptsSent()).isGreaterThan(two.attemptsSent());
        assertThat(two.p99LatencyNanos()).isGreaterThan(one.p99LatencyNanos());
        assertThat(four.p99LatencyNanos()).isGreaterThanOrEqualTo(two.p99LatencyNanos()); // 12.5 % buckets
    }

    @Test
    void withoutLoadEffectsRetriesRecoverIndependentFailures() {
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.overload(1L))
                .withLoad(LoadModel.insensitive()));
        ReplayResult once = replay.replay(BASE.withRetry(BASE.retry().withMaxAttempts(1)), 1L);
        ReplayResult thrice = replay.replay(BASE.withRetry(BASE.retry().withMaxAttempts(3)), 1L);
        assertThat(thrice.successfulCalls()).isGreaterThan(once.successfulCalls());
    }

    @Test
    void anOverloadedDependencyAnswersSlowerByItsLatencySlope() {
        DependencyModel model = DependencyModel.fromTrace(SyntheticWorkloads.overload(1L));
        GuardPolicy storm = BASE.withRetry(BASE.retry().withMaxAttempts(4)); // sends more than was recorded
        ReplayResult flat = TraceReplay.of(model.withLoad(new LoadModel(1.0, 0.0, 0.0))).replay(storm, 1L);
        ReplayResult sloped = TraceReplay.of(model.withLoad(new LoadModel(1.0, 4.0, 0.0))).replay(storm, 1L);
        assertThat(sloped.p99LatencyNanos()).isGreaterThan(flat.p99LatencyNanos());
    }

    @Test
    void failedAttemptsTakeTheLatenciesOfFailures() {
        int seconds = 10;
        int q = DependencyModel.QUANTILES;
        long[] arrivals = new long[100 * seconds];
        for (int i = 0; i < arrivals.length; i++) {
            arrivals[i] = i * 10_000_000L; // 100 calls a second
        }
        double[] errors = new double[seconds];
        double[] success = new double[seconds * q];
        double[] failure = new double[seconds * q];
        double[] rate = new double[seconds];
        Arrays.fill(errors, 0.5);
        Arrays.fill(rate, 100);
        for (int i = 0; i < success.length; i++) {
            success[i] = 1_000_000 + 1_000 * (i % q);   // about 1 ms
            failure[i] = 500_000_000 + 1_000 * (i % q); // about 500 ms
        }
        DependencyModel model = DependencyModel.of(1_000_000_000L, seconds, arrivals, errors, success, failure, rate,
                1_000_000L, 2_000_000L, 0, LoadModel.insensitive());
        BreakerPolicy never = new BreakerPolicy(WindowType.COUNT, 100_000, 100f, 100f, Duration.ofSeconds(60),
                100_000, Duration.ofSeconds(10), 5);
        GuardPolicy once = BASE.withBreaker(never).withRetry(BASE.retry().withMaxAttempts(1));
        GuardPolicy twice = BASE.withBreaker(never).withRetry(RetryPolicy.none().withMaxAttempts(2));

        ReplayResult r = TraceReplay.of(model).replay(once, 1L);
        ReplayResult retried = TraceReplay.of(model).replay(twice, 1L);

        assertThat(r.failedCalls()).isBetween(400L, 600L);
        assertThat(r.p99LatencyNanos()).as("successes only").isLessThan(Duration.ofMillis(2).toNanos());
        assertThat(retried.p99LatencyNanos()).as("a success after a failed attempt waited for the failure")
                .isGreaterThan(Duration.ofMillis(400).toNanos());
    }

    @Test
    void aShortTimeoutCutsTailLatencyAtTheCostOfFailures() {
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.latencySpikes(1L)));
        GuardPolicy noRetry = BASE.withRetry(BASE.retry().withMaxAttempts(1));
        ReplayResult patient = replay.replay(noRetry, 1L);
        ReplayResult strict = replay.replay(noRetry.withTimeout(io.hms.api.policy.TimeoutPolicy.of(
                Duration.ofMillis(60))), 1L);
        assertThat(strict.p99LatencyNanos()).isLessThan(patient.p99LatencyNanos());
        assertThat(strict.failedCalls()).isGreaterThan(patient.failedCalls());
    }
}
