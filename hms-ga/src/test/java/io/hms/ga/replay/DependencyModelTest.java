package io.hms.ga.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.WindowType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DependencyModelTest {

    private static final long MS = 1_000_000L;

    @Test
    void reconstructsErrorProbabilityLatencyAndRatePerBucket() {
        // bucket 0: four successes of 10 ms; bucket 1: empty; bucket 2: one success, three failures
        long[] starts = {0, 100 * MS, 200 * MS, 300 * MS, 2_000 * MS, 2_100 * MS, 2_200 * MS, 2_300 * MS, 2_400 * MS};
        long[] latencies = {10 * MS, 10 * MS, 10 * MS, 10 * MS, 30 * MS, 500 * MS, 500 * MS, 500 * MS, 0};
        CallRecords.Outcome[] outcomes = {CallRecords.Outcome.SUCCESS, CallRecords.Outcome.SUCCESS, CallRecords.Outcome.SUCCESS, CallRecords.Outcome.SUCCESS,
                CallRecords.Outcome.SUCCESS, CallRecords.Outcome.FAILURE, CallRecords.Outcome.TIMEOUT, CallRecords.Outcome.FAILURE, CallRecords.Outcome.REJECTED};
        DependencyModel m = DependencyModel.fromTrace(new CallRecords(starts, latencies, outcomes),
                Duration.ofSeconds(1), LoadModel.insensitive());

        assertThat(m.buckets()).isEqualTo(3);
        assertThat(m.calls()).as("a refusal is still an offered call").isEqualTo(9);
        assertThat(m.errorProbability(0)).isZero();
        assertThat(m.errorProbability(1)).as("an empty bucket inherits").isZero();
        assertThat(m.errorProbability(2)).isEqualTo(0.75);
        assertThat(m.medianSuccessLatencyNanos(0)).isEqualTo(10 * MS);
        assertThat(m.medianSuccessLatencyNanos(2)).isEqualTo(30 * MS);
        assertThat(m.recordedAttemptRate(0)).isEqualTo(4.0);
        assertThat(m.recordedAttemptRate(2)).isEqualTo(4.0);
        assertThat(m.referenceLatencyNanos()).isEqualTo(10 * MS);
    }

    @Test
    void recordedRetriesShapeTheDependencyButAreNotReplayedAsCalls() {
        // one call retried twice (failure, timeout, success), one refused retry after a failure, one plain call
        long[] starts = {0, 100 * MS, 300 * MS, 400 * MS, 500 * MS, 600 * MS};
        long[] latencies = {50 * MS, 80 * MS, 10 * MS, 50 * MS, 0, 10 * MS};
        CallRecords.Outcome[] outcomes = {CallRecords.Outcome.FAILURE, CallRecords.Outcome.TIMEOUT,
                CallRecords.Outcome.SUCCESS, CallRecords.Outcome.FAILURE, CallRecords.Outcome.REJECTED,
                CallRecords.Outcome.SUCCESS};
        int[] attempts = {1, 2, 3, 1, 2, 1};
        DependencyModel m = DependencyModel.fromTrace(new CallRecords(starts, latencies, outcomes, attempts));

        assertThat(m.calls()).isEqualTo(3);
        assertThat(m.errorProbability(0)).as("every attempt that reached the dependency counts").isEqualTo(0.6);
        assertThat(m.recordedAttemptRate(0)).isEqualTo(5.0);
        assertThat(TraceReplay.of(m).replay(GuardPolicy.defaults(), 1).offeredCalls()).isEqualTo(3);
    }

    @Test
    void aCallThatWaitedForAPlaceIsReplayedFromWhenItArrived() {
        // three calls: the second arrived at 10 ms and waited 15 ms for the first's place
        CallRecords trace = new CallRecords(new long[] {0, 25 * MS, 40 * MS}, new long[] {25 * MS, 20 * MS, 20 * MS},
                new CallRecords.Outcome[] {CallRecords.Outcome.SUCCESS, CallRecords.Outcome.SUCCESS,
                        CallRecords.Outcome.SUCCESS}, new int[] {1, 1, 1}, new long[] {0, 15 * MS, 0});

        assertThat(DependencyModel.fromTrace(trace).arrivals).containsExactly(0, 10 * MS, 40 * MS);
    }

    @Test
    void aTraceOfRetriesOnlyIsRefusedWithAHint() {
        CallRecords retries = new CallRecords(new long[] {0, MS}, new long[] {MS, MS},
                new CallRecords.Outcome[] {CallRecords.Outcome.FAILURE, CallRecords.Outcome.FAILURE}, new int[] {2, 3});
        assertThatThrownBy(() -> DependencyModel.fromTrace(retries)).hasMessageContaining("all retries")
                .hasMessageContaining("record a longer trace");
    }

    @Test
    void anEmptyTraceIsRefusedWithAHint() {
        assertThatThrownBy(() -> DependencyModel.fromTrace(new CallRecords(new long[0], new long[0],
                new CallRecords.Outcome[0]))).hasMessageContaining("record some calls");
    }

    @Test
    void longerTroublePlaysEachFailingRunAgainAndThenTheRestOfTheTraceLater() {
        // ten buckets of 100 ms, four calls each; the calls of buckets 2, 3 and 6 fail
        DependencyModel m = DependencyModel.fromTrace(failingIn(10, 2, 3, 6), Duration.ofMillis(100),
                LoadModel.insensitive());

        assertThat(failing(m)).containsExactly(2, 3, 6);
        assertThat(m.withLongerTrouble(0)).isSameAs(m);
        assertThat(failing(m.withLongerTrouble(0.5))).as("each run one bucket longer").containsExactly(2, 3, 4, 7, 8);
        DependencyModel asLongAgain = m.withLongerTrouble(1);
        assertThat(failing(asLongAgain)).containsExactly(2, 3, 4, 5, 8, 9);
        assertThat(asLongAgain.buckets()).isEqualTo(13);
        assertThat(asLongAgain.failingBuckets()).isEqualTo(6);
        assertThat(asLongAgain.calls()).as("the runs' callers come again").isEqualTo(m.calls() + 3 * 4);
        assertThat(asLongAgain.durationNanos()).isEqualTo(1_300 * MS);
        assertThat(asLongAgain.medianSuccessLatencyNanos(12)).as("the recovery as recorded, later")
                .isEqualTo(m.medianSuccessLatencyNanos(9));
        GuardPolicy once = GuardPolicy.defaults().withRetry(RetryPolicy.none())
                .withBreaker(GuardPolicy.defaults().breaker().withWindow(WindowType.COUNT, 1000).withMinimumCalls(1000));
        ReplayResult before = TraceReplay.of(m).replay(once, 1);
        ReplayResult after = TraceReplay.of(asLongAgain).replay(once, 1);
        // the runs' calls fail, and in the bucket after each run (two runs) those before its drawn recovery
        assertThat(before.failedCalls()).isBetween(12L, 12L + 2 * 4);
        assertThat(after.failedCalls()).as("the calls of the runs played again fail").isBetween(24L, 24L + 2 * 4);
        assertThat(after.offeredCalls()).isEqualTo(before.offeredCalls() + 12);
    }

    @Test
    void aRecoveryComesAtAMomentWithinItsBucketThatTheSeedDraws() {
        // ten buckets of 100 ms, four calls each; the calls of buckets 0 to 4 fail: the recovery is in bucket 5
        DependencyModel m = DependencyModel.fromTrace(failingIn(10, 0, 1, 2, 3, 4), Duration.ofMillis(100),
                LoadModel.insensitive());
        GuardPolicy once = GuardPolicy.defaults().withRetry(RetryPolicy.none())
                .withBreaker(GuardPolicy.defaults().breaker().withWindow(WindowType.COUNT, 1000).withMinimumCalls(1000));
        Set<Long> failed = new TreeSet<>();
        for (long seed = 1; seed <= 40; seed++) {
            long f = TraceReplay.of(m).replay(once, seed).failedCalls();
            assertThat(f).as("seed %d: the five buckets' calls, and those of the sixth before its recovery", seed).isBetween(21L, 24L);
            failed.add(f);
        }

        assertThat(failed).as("recoveries early and late in the bucket").contains(21L, 24L);
    }

    @Test
    void aNegativeOrEndlessStretchIsRefusedWithAHint() {
        DependencyModel m = DependencyModel.fromTrace(failingIn(4, 1), Duration.ofMillis(100), LoadModel.insensitive());
        assertThatThrownBy(() -> m.withLongerTrouble(-0.5)).hasMessageContaining("at least 0");
        assertThatThrownBy(() -> m.withLongerTrouble(Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    }

    /** {@code buckets} buckets of 100 ms with four 5 ms calls each; the calls of {@code failingBuckets} fail. */
    private static CallRecords failingIn(int buckets, int... failingBuckets) {
        int n = buckets * 4;
        long[] starts = new long[n];
        long[] latencies = new long[n];
        CallRecords.Outcome[] outcomes = new CallRecords.Outcome[n];
        for (int i = 0; i < n; i++) {
            int bucket = i / 4;
            starts[i] = bucket * 100 * MS + (i % 4) * 20 * MS;
            latencies[i] = 5 * MS;
            outcomes[i] = Arrays.stream(failingBuckets).anyMatch(b -> b == bucket)
                    ? CallRecords.Outcome.FAILURE : CallRecords.Outcome.SUCCESS;
        }
        return new CallRecords(starts, latencies, outcomes);
    }

    private static List<Integer> failing(DependencyModel m) {
        return IntStream.range(0, m.buckets()).filter(b -> m.errorProbability(b) >= 0.5).boxed()
                .toList();
    }
}
