package io.hms.benchmarks;

import io.hms.api.policy.GuardPolicy;
import io.hms.api.optimize.CallRecords;
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
 * How fast the optimizer's fitness function replays a recorded trace through a candidate policy:
 * one operation is one whole replay; the {@code events} counter is the number of recorded calls
 * replayed per second (the figure the optimizer's budget depends on). One thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TraceReplayBenchmark {

    /** The synthetic workload replayed. */
    @Param({"overload", "longOutage"})
    public String workload;

    private TraceReplay replay;
    private GuardPolicy policy;
    private long seed;

    /** Counts the replayed events of each iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        /** Recorded calls replayed. */
        public long events;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    /** Records the trace and builds the dependency model once. */
    @Setup
    public void setUp() {
        CallRecords trace = switch (workload) {
            case "overload" -> SyntheticWorkloads.overload(7L);
            case "longOutage" -> SyntheticWorkloads.longOutage(7L);
            default -> throw new IllegalArgumentException("unknown workload " + workload);
        };
        replay = TraceReplay.of(DependencyModel.fromTrace(trace));
        policy = GuardPolicy.defaults();
    }

    /** One replay of the whole trace with the default guard policy. */
    @Benchmark
    public double replay(Events events) {
        ReplayResult result = replay.replay(policy, seed++);
        events.events += result.offeredCalls();
        return result.score();
    }
}
