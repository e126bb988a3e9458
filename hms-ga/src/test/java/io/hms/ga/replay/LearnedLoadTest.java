package io.hms.ga.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import io.hms.ga.workload.HangingOutage;
import io.hms.ga.workload.InFlightOverload;
import io.hms.ga.workload.RecordedTraces;
import io.hms.ga.workload.SlowingOverTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model learns from a trace what it did not see directly: the dependency's capacity in flight, and
 * that a stretch the breaker kept dark is unknown rather than "still failing".
 */
class LearnedLoadTest {

    private static final long MS = 1_000_000L;

    private static GuardPolicy fixedLimit(int limit) {
        return new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)), ConcurrencyLimitPolicy.fixed(limit),
                new BreakerPolicy(WindowType.COUNT, 100, 100f, 100f, Duration.ofSeconds(60), 100,
                        Duration.ofSeconds(1), 5), RetryPolicy.none());
    }

    @Test
    void learnsTheCapacityWhereLatencyAndErrorsTurn() {
        LoadModel load = DependencyModel.fromTrace(InFlightOverload.trace(8, 25, 1L)).load();

        assertThat(load.capacity()).isBetween(6.0, 11.0);
        assertThat(load.latencySlope()).isBetween(1.5, 5.0);
        assertThat(load.errorSlope()).isBetween(0.2, 0.8);
    }

    @Test
    void aDependencySlowingWithTheClockIsNotTakenForOneThatLoadSlows() {
        CallRecords trace = SlowingOverTime.trace(25, 3L);
        LoadModel load = DependencyModel.fromTrace(trace).load();
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(trace));

        assertThat(load.latencyFactor(25)).as("%s", load).isLessThan(1.5);
        assertThat(replay.replay(fixedLimit(5), 1L).successfulCalls())
                .as("a tighter limit only refuses more: the dependency does not get faster for it")
                .isLessThan(replay.replay(fixedLimit(25), 1L).successfulCalls());
    }

    @Test
    void aDependencySlowingPastTheDeadlineIsNotTakenForOneThatLoadSlows() {
        for (long end : new long[] {1_200, 1_600, 2_500}) { // tenfold within the first bucket, then timeouts
            for (long seed = 1; seed <= 5; seed++) {
                LoadModel load = DependencyModel.fromTrace(SlowingOverTime.trace(25, end, 1_000, seed)).load();

                assertThat(load.latencyFactor(25)).as("to %d ms, seed %d: %s", end, seed, load).isLessThan(1.5);
            }
        }
    }

    @Test
    void timeoutsOfADependencySlowingPastTheDeadlineAreLateAnswersNotFailures() {
        // 10 ms to 1.6 s over 6 s, recorded under a 1 s timeout: the last third or so timed out
        CallRecords trace = SlowingOverTime.trace(25, 1_600, 1_000, 6L);
        GuardPolicy patient = new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(3)),
                ConcurrencyLimitPolicy.fixed(1_000), fixedLimit(25).breaker(), RetryPolicy.none());

        ReplayResult replayed = TraceReplay.of(DependencyModel.fromTrace(trace)).replay(patient, 1L);

        assertThat((double) replayed.successfulCalls() / replayed.offeredCalls())
                .as("every call answers within 2 s; 1 %% fail: %s", replayed).isGreaterThan(0.9);
    }

    @Test
    void timeoutsOfADependencyThatHangsStayFailuresInTheNominalModel() {
        // answers in 10 ms, then hangs past a 1 s deadline: nothing says the answers would have come late
        DependencyModel model = DependencyModel.fromTrace(HangingOutage.trace(1_000, true, 4L));
        int buckets = model.buckets();
        double outage = 1;
        for (int b = buckets * 4 / 10; b < buckets / 2; b++) {
            outage = Math.min(outage, model.errorProbability(b));
        }

        assertThat(outage).as("the least an outage bucket fails, unloaded").isGreaterThan(0.9);
    }

    @Test
    void anOutageWhoseFailingCallsHangIsNotTakenForOverload() {
        DependencyModel model = DependencyModel.fromTrace(HangingOutage.trace(4L));
        int buckets = model.buckets();
        double outage = 0;
        for (int b = buckets * 4 / 10; b < buckets / 2; b++) { // well inside the outage, wherever buckets fall
            outage = Math.max(outage, 1 - model.errorProbability(b));
        }

        assertThat(outage).as("%s: the most an outage bucket lets through, unloaded", model.load()).isLessThan(0.1);
        assertThat(model.load().addedErrorProbability(20)).as("%s", model.load()).isLessThan(0.05);
    }

    @Test
    void anOutageBeginningWithinATimeBucketIsNotTakenForOverloadEither() {
        // recorded live: down from 1.5 s, within a bucket of 350 ms, its hung calls filling a bulkhead of 25
        LoadModel load = DependencyModel.fromTrace(RecordedTraces.load("outage-mid-bucket-train")).load();

        assertThat(load.addedErrorProbability(25)).as("%s", load).isLessThan(0.05);
        assertThat(load.latencyFactor(25)).as("%s", load).isLessThan(1.5);
    }

    @Test
    void aRecordedOutageBeginsOnABucketBoundaryNotHalfwayThroughOne() {
        for (String name : List.of("outage-train", "outage-mid-bucket-train")) {
            DependencyModel model = DependencyModel.fromTrace(RecordedTraces.load(name));
            int first = 0;
            while (model.errorProbability(first) < 0.9) {
                first++;
            }

            assertThat(model.errorProbability(first - 1)).as("%s: the bucket before the outage's first", name)
                    .isLessThan(0.1);
        }
    }

    @Test
    void sheddingLoadTheDependencyCannotTakeServesMoreThanTheRecordedPolicy() {
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(InFlightOverload.trace(8, 25, 2L)));

        ReplayResult recorded = replay.replay(fixedLimit(25), 1L);
        ReplayResult shedding = replay.replay(fixedLimit(8), 1L);

        assertThat(shedding.successfulCalls()).isGreaterThan(recorded.successfulCalls());
        assertThat(shedding.p99LatencyNanos()).isLessThan(recorded.p99LatencyNanos());
        assertThat(shedding.score()).isGreaterThan(recorded.score());
    }

    @Test
    void aShortWaitForAPlaceServesCallsThatALimitRefusingAtOnceTurnsAway() {
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(InFlightOverload.trace(8, 25, 2L)));
        GuardPolicy refusing = fixedLimit(8);
        GuardPolicy waiting = refusing.withLimit(refusing.limit().withMaxWait(Duration.ofMillis(10)));

        ReplayResult refused = replay.replay(refusing, 1L);
        ReplayResult waited = replay.replay(waiting, 1L);

        assertThat(waited.rejectedCalls()).isLessThan(refused.rejectedCalls() * 3 / 4);
        assertThat(waited.successfulCalls()).isGreaterThan(refused.successfulCalls());
        assertThat(waited.attemptsSent()).isGreaterThan(refused.attemptsSent());
        assertThat(waited.p99LatencyNanos()).as("the wait is the caller's")
                .isGreaterThan(refused.p99LatencyNanos())
                .isLessThan(refused.p99LatencyNanos() + 10 * MS);
    }

    @Test
    void aWaitLongerThanTheDependencyTakesNeverServesMoreThanTheLimitAllows() {
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(InFlightOverload.trace(8, 25, 2L)));
        GuardPolicy patient = fixedLimit(8);
        patient = patient.withLimit(patient.limit().withMaxWait(Duration.ofSeconds(60)));

        ReplayResult r = replay.replay(patient, 1L);

        // 8 in flight at 20 ms +-25 % (at most 25 ms) serve at most 8 / 15 ms = 533 calls a second
        assertThat(r.loadPerSecond()).isLessThanOrEqualTo(8 / 0.015);
        assertThat(r.rejectedCalls()).isZero();
        assertThat(r.successfulCalls() + r.failedCalls()).isEqualTo(r.offeredCalls());
    }

    @Test
    void aStretchNoAttemptReachedIsFilledAsRecoveringNotAsStillFailing() {
        // 2 s healthy, 2 s of failures, then 6 s in which the breaker refused everything
        CallRecords trace = failingThenDark(2_000);

        DependencyModel nominal = DependencyModel.fromTrace(trace);
        assertThat(DependencyModel.bucketFor(trace)).as("100 attempts a second, 40 a bucket").isEqualTo(Duration.ofMillis(400));
        assertThat(nominal.unknownBuckets()).isEqualTo(15); // 4 s to 10 s
        assertThat(nominal.errorProbability(24)).as("recovered by the end").isZero();
        assertThat(nominal.errorProbability(10)).as("the failing lasts a while").isEqualTo(1.0);

        List<DependencyModel> models = DependencyModel.plausibleModels(trace, 6, 3L);
        assertThat(models).hasSize(6).first().isNotNull();
        assertThat(models.stream().mapToInt(DependencyModel::failingBuckets).distinct().count())
                .as("the models disagree on when it recovered").isGreaterThan(1);
    }

    @Test
    void troubleSeenBrieflyBeforeTheDarkIsExpectedToEndSoonerThanTroubleSeenLong() {
        // 2 s healthy, then failures for 0.4 s or for 2.4 s, then the breaker refused everything to 10 s
        DependencyModel seenBriefly = DependencyModel.fromTrace(failingThenDark(400));
        DependencyModel seenLong = DependencyModel.fromTrace(failingThenDark(2_400));

        assertThat(seenBriefly.failingBuckets()).as("failing seen for one bucket lasts one more").isEqualTo(2);
        assertThat(seenLong.failingBuckets()).as("failing seen for six buckets lasts six more").isEqualTo(12);
        assertThat(DependencyModel.plausibleModels(failingThenDark(400), 8, 5L).stream()
                .mapToInt(DependencyModel::failingBuckets).average().orElseThrow())
                .as("the drawn recoveries follow how long the trouble was seen, not the length of the dark")
                .isLessThan(DependencyModel.plausibleModels(failingThenDark(2_400), 8, 5L).stream()
                        .mapToInt(DependencyModel::failingBuckets).average().orElseThrow());
    }

    /** Every 10 ms a call: healthy for 2 s, failing for {@code failingMillis}, then refused until 10 s. */
    private static CallRecords failingThenDark(long failingMillis) {
        int n = 1_000;
        long[] starts = new long[n];
        long[] latencies = new long[n];
        CallRecords.Outcome[] outcomes = new CallRecords.Outcome[n];
        for (int i = 0; i < n; i++) {
            long t = i * 10 * MS;
            starts[i] = t;
            boolean dark = t >= (2_000 + failingMillis) * MS;
            latencies[i] = dark ? 0 : 5 * MS;
            outcomes[i] = t < 2_000 * MS ? CallRecords.Outcome.SUCCESS
                    : dark ? CallRecords.Outcome.REJECTED : CallRecords.Outcome.FAILURE;
        }
        return new CallRecords(starts, latencies, outcomes);
    }

    @Test
    void plausibleModelsStartWithTheNominalOneAndAreRepeatable() {
        CallRecords trace = InFlightOverload.trace(8, 25, 4L);
        List<DependencyModel> first = DependencyModel.plausibleModels(trace, 4, 9L);
        List<DependencyModel> second = DependencyModel.plausibleModels(trace, 4, 9L);

        assertThat(first.get(0).load()).isEqualTo(DependencyModel.fromTrace(trace).load());
        assertThat(first).extracting(DependencyModel::load).containsExactlyElementsOf(
                second.stream().map(DependencyModel::load).toList());
        assertThat(first.get(0).healthyLatencyNanos()).isBetween(15 * MS, 40 * MS);
    }
}
