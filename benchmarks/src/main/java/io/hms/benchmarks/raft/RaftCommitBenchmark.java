package io.hms.benchmarks.raft;

import com.alipay.sofa.jraft.Node;
import io.hms.api.spi.RegistryMutation;
import io.hms.consensus.RaftCoordinator;
import io.hms.test.LoopbackPorts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A committed write through a three-node Raft group on loopback in this JVM, one operation per
 * commit, acknowledged once applied on the leader: {@code registry} is a policy version committed
 * through {@code RaftCoordinator.commit} (a {@code PolicyCommit} log entry in the coordinator's
 * binary form), {@code exampleCounter} an increment on the counter of jraft's own example
 * ({@link ExampleCounterStateMachine}: a Hessian2-serialized operation, 76 bytes), {@code bareCounter}
 * an 8-byte increment on the least counter state machine ({@link BareCounterStateMachine}),
 * {@code bareCounterPadded} the same increment padded to the size of the registry's log entry (a
 * control that separates the cost of the entry's size from the cost of the coordinator),
 * {@code coordinatorStateMachine} the registry's encoded entry appended to a bare group whose nodes run
 * the coordinator's state machine (a control that separates the state machine's cost from the rest of
 * the coordinator's commit path). Every group runs on the coordinator's default node options. Run with
 * {@code -bm sample -t 1} for the latency percentiles and {@code -bm thrpt -t 8} for throughput under
 * concurrent writers.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RaftCommitBenchmark {

    /** What is written. */
    @Param({"registry", "exampleCounter", "bareCounter", "bareCounterPadded", "coordinatorStateMachine"})
    public String target;

    private Path root;
    private final List<RaftCoordinator> coordinators = new ArrayList<>();
    private BareCluster bare;
    private Supplier<Object> write;

    /** Starts the group and waits for its leader. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        root = Files.createTempDirectory("hms-raft-bench");
        List<String> addresses = LoopbackPorts.addresses(3);
        RegistryMutation.PolicyCommit commit = LocalGroups.policyCommit();
        byte[] entry = LocalGroups.entryOf(commit);
        if (target.equals("registry")) {
            coordinators.addAll(LocalGroups.startCoordinators(addresses, root));
            RaftCoordinator leader = LocalGroups.awaitLeader(coordinators, RaftCoordinator::isLeader);
            write = () -> leader.commit(commit).toCompletableFuture().join();
        } else if (target.equals("exampleCounter")) {
            bare = new BareCluster(addresses, root, "example", ExampleCounterStateMachine::new);
            Node leader = bare.leader();
            write = () -> ExampleCounterStateMachine.increment(leader, 1).join();
        } else if (target.equals("coordinatorStateMachine")) {
            bare = LocalGroups.coordinatorStateMachines(addresses, root);
            Node leader = bare.leader();
            write = () -> BareCluster.apply(leader, ByteBuffer.wrap(entry)).join();
        } else {
            bare = new BareCluster(addresses, root);
            Node leader = bare.leader();
            int entryBytes = target.equals("bareCounterPadded") ? entry.length : Long.BYTES;
            write = () -> BareCluster.add(leader, 1, entryBytes).join();
        }
    }

    /** One committed write. */
    @Benchmark
    public Object write() {
        return write.get();
    }

    /** Stops the group and deletes its data. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        coordinators.forEach(RaftCoordinator::close);
        if (bare != null) {
            bare.close();
        }
        LocalGroups.deleteTree(root);
    }
}
