package io.hms.ga.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.api.policy.WindowType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The model learns from a trace what it did not see directly: the dependency's capacity in flight, and
 * that a stretch the breaker kept dark is unknown rather than "still failing".
 */
class LearnedLoadTest {

    private static final long MS = 1_000_000L;

    /**
     * A dependency that serves {@code capacity} calls in flight at 20 ms and, beyond, slows by 3x and fails
     * 40 % more per unit of excess; called at a fixed limit, with arrivals that ramp from a trickle to twice
     * what it can serve, so the trace sees both sides of the knee.
     */
    private static CallRecords overloadTrace(int capacity, int limit, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> rows = new ArrayList<>(); // start, latency, failed
        PriorityQueue<Long> ends = new PriorityQueue<>();
        long t = 0;
        for (int i = 0; i < 6_000; i++) {
            double rate = 50 + 700.0 * i / 6_000; // calls a second, rising
            t += (long) (-Math.log(1 - random.nextDouble()) / rate * 1e9);
            while (!ends.isEmpty() && ends.peek() <= t) {
                ends.poll();
            }
            if (ends.size() >= limit) {
                rows.add(new long[] {t, 0, 2});
                continue;
            }
            double excess = Math.max(0, (double) (ends.size() + 1) / capacity - 1);
            long latency = (long) (20 * MS * (1 + 3 * excess) * (0.75 + 0.5 * random.nextDouble()));
            boolean failed = random.nextDouble() < Math.min(0.95, 0.02 + 0.4 * excess);
            ends.add(t + latency);
            rows.add(new long[] {t, latency, failed ? 1 : 0});
        }
        long[] starts = new long[rows.size()];
        long[] latencies = new long[rows.size()];
        CallRecords.Outcome[] outcomes = new CallRecords.Outcome[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = rows.get(i)[0];
            latencies[i] = rows.get(i)[1];
            outcomes[i] = switch ((int) rows.get(i)[2]) {
                case 0 -> CallRecords.Outcome.SUCCESS;
                case 1 -> CallRecords.Outcome.FAILURE;
                default -> CallRecords.Outcome.REJECTED;
            };
        }
        return new CallRecords(starts, latencies, outcomes);
    }

    private static GuardPolicy fixedLimit(int limit) {
        return new GuardPolicy(TimeoutPolicy.of(Duration.ofSeconds(1)), ConcurrencyLimitPolicy.fixed(limit),
                new BreakerPolicy(WindowType.COUNT, 100, 100f, 100f, Duration.ofSeconds(60), 100,
                        Duration.ofSeconds(1), 5), RetryPolicy.none());
    }

    @Test
    void learnsTheCapacityWhereLatencyAndErrorsTurn() {
        LoadModel load = DependencyModel.fromTrace(overloadTrace(8, 25, 1L)).load();

        assertThat(load.capacity()).isBetween(6.0, 11.0);
        assertThat(load.latencySlope()).isBetween(1.5, 5.0);
        assertThat(load.errorSlope()).isBetween(0.2, 0.8);
    }

    @Test
    void sheddingLoadTheDependencyCannotTakeServesMoreThanTheRecordedPolicy() {
        TraceReplay replay = TraceReplay.of(DependencyModel.fromTrace(overloadTrace(8, 25, 2L)));

        ReplayResult recorded = replay.replay(fixedLimit(25), 1L);
        ReplayResult shedding = replay.replay(fixedLimit(8), 1L);

        assertThat(shedding.successfulCalls()).isGreaterThan(recorded.successfulCalls());
        assertThat(shedding.p99LatencyNanos()).isLessThan(recorded.p99LatencyNanos());
        assertThat(shedding.score()).isGreaterThan(recorded.score());
    }

    @Test
    void aStretchNoAttemptReachedIsFilledAsRecoveringNotAsStillFailing() {
        // 2 s healthy, 2 s of failures, then 6 s in which the breaker refused everything
        List<long[]> rows = new ArrayList<>();
        for (long t = 0; t < 10_000 * MS; t += 10 * MS) {
            int kind = t < 2_000 * MS ? 0 : t < 4_000 * MS ? 1 : 2;
            rows.add(new long[] {t, kind == 2 ? 0 : 5 * MS, kind});
        }
        long[] starts = rows.stream().mapToLong(r -> r[0]).toArray();
        long[] latencies = rows.stream().mapToLong(r -> r[1]).toArray();
        CallRecords.Outcome[] outcomes = rows.stream().map(r -> r[2] == 0 ? CallRecords.Outcome.SUCCESS
                : r[2] == 1 ? CallRecords.Outcome.FAILURE : CallRecords.Outcome.REJECTED)
                .toArray(CallRecords.Outcome[]::new);
        CallRecords trace = new CallRecords(starts, latencies, outcomes);

        DependencyModel nominal = DependencyModel.fromTrace(trace);
        assertThat(nominal.unknownBuckets()).isEqualTo(6);
        assertThat(nominal.errorProbability(9)).as("recovered by the end").isZero();
        assertThat(nominal.errorProbability(4)).as("the failing lasts a while").isEqualTo(1.0);

        List<DependencyModel> models = DependencyModel.plausibleModels(trace, 6, 3L);
        assertThat(models).hasSize(6).first().isNotNull();
        assertThat(models.stream().mapToInt(m -> {
            int failing = 0;
            for (int b = 4; b < 10; b++) {
                failing += m.errorProbability(b) > 0.5 ? 1 : 0;
            }
            return failing;
        }).distinct().count()).as("the models disagree on when it recovered").isGreaterThan(1);
    }

    @Test
    void plausibleModelsStartWithTheNominalOneAndAreRepeatable() {
        CallRecords trace = overloadTrace(8, 25, 4L);
        List<DependencyModel> first = DependencyModel.plausibleModels(trace, 4, 9L);
        List<DependencyModel> second = DependencyModel.plausibleModels(trace, 4, 9L);

        assertThat(first.get(0).load()).isEqualTo(DependencyModel.fromTrace(trace).load());
        assertThat(first).extracting(DependencyModel::load).containsExactlyElementsOf(
                second.stream().map(DependencyModel::load).toList());
        assertThat(first.get(0).healthyLatencyNanos()).isBetween(15 * MS, 40 * MS);
    }
}
