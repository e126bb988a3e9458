package io.hms.benchmarks;

import io.hms.api.optimize.CallRecords;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.DependencyModel;
import io.hms.ga.ReplayResult;
import io.hms.ga.SyntheticWorkloads;
import io.hms.ga.TraceReplay;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How fast the optimizer's fitness function replays a recorded trace through a candidate policy. One
 * operation is one whole replay of a 60-second synthetic trace with the default guard policy and a new
 * replay seed; the replay builds its breaker, limiter and arrays, runs, and scores. One thread.
 *
 * <p>Two counters, both per second:
 * <ul>
 *   <li>{@code events}: events the replay's loop processed ({@link ReplayResult#events()}): each call's
 *       arrival, each end of an attempt sent to the dependency (success, failure or timeout) and each end
 *       of a retry backoff. An attempt the breaker or limiter refuses costs no event of its own;</li>
 *   <li>{@code calls}: recorded calls replayed ({@link ReplayResult#offeredCalls()}), however many
 *       attempts and events each took.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TraceReplayBenchmark {

    /** The synthetic workload replayed. */
    @Param({"overload", "longOutage", "steady", "transientErrorBursts", "latencySpikes", "flapping"})
    public String workload;

    private TraceReplay replay;
    private GuardPolicy policy;
    private long seed;

    /** Counts the replayed events of each iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        /** Events the replay loop processed: arrivals, ends of attempts, ends of backoffs. */
        public long events;
        /** Recorded calls replayed. */
        public long calls;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
            calls = 0;
        }
    }

    /** Records the trace and builds the dependency model once. */
    @Setup
    public void setUp() {
        CallRecords trace = switch (workload) {
            case "overload" -> SyntheticWorkloads.overload(7L);
            case "longOutage" -> SyntheticWorkloads.longOutage(7L);
            case "steady" -> SyntheticWorkloads.steady(7L);
            case "transientErrorBursts" -> SyntheticWorkloads.transientErrorBursts(7L);
            case "latencySpikes" -> SyntheticWorkloads.latencySpikes(7L);
            case "flapping" -> SyntheticWorkloads.flapping(7L);
            default -> throw new IllegalArgumentException("unknown workload " + workload);
        };
        replay = TraceReplay.of(DependencyModel.fromTrace(trace));
        policy = GuardPolicy.defaults();
    }

    /** One replay of the whole trace with the default guard policy. */
    @Benchmark
    public double replay(Events events) {
        ReplayResult result = replay.replay(policy, seed++);
        events.events += result.events();
        events.calls += result.offeredCalls();
        return result.score();
    }
}
