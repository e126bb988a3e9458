package io.hms.benchmarks.raft;

import com.alipay.sofa.jraft.Node;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.spi.RegistryMutation;
import io.hms.consensus.RaftConfig;
import io.hms.consensus.RaftCoordinator;
import io.hms.consensus.internal.AppliedIndex;
import io.hms.consensus.internal.Command;
import io.hms.consensus.internal.CommandCodec;
import io.hms.consensus.internal.CoordinatorStateMachine;
import io.hms.consensus.internal.ReplicatedState;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * binary form), {@code bareCounter} an 8-byte increment on a bare jraft counter state machine,
 * {@code bareCounterPadded} the same increment padded to the size of the registry's log entry (a
 * control that separates the cost of the entry's size from the cost of the coordinator),
 * {@code coordinatorStateMachine} the registry's encoded entry appended to a bare group whose nodes run
 * the coordinator's state machine (a control that separates the state machine's cost from the rest of
 * the coordinator's commit path). Every group runs on the coordinator's default node options. Run with {@code -bm sample -t 1} for the latency
 * percentiles and {@code -bm thrpt -t 8} for throughput under concurrent writers.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RaftCommitBenchmark {

    /** What is written. */
    @Param({"registry", "bareCounter", "bareCounterPadded", "coordinatorStateMachine"})
    public String target;

    private Path root;
    private final List<RaftCoordinator> coordinators = new ArrayList<>();
    private RaftCoordinator coordinatorLeader;
    private BareCluster bare;
    private Node bareLeader;
    private RegistryMutation.PolicyCommit commit;
    private int entryBytes = Long.BYTES;
    private byte[] entry;

    /** Starts the group and waits for its leader. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        root = Files.createTempDirectory("hms-raft-bench");
        List<String> addresses = LocalGroups.freeAddresses(3);
        if (target.equals("registry")) {
            for (String address : addresses) {
                coordinators.add(RaftCoordinator.start(RaftConfig.builder().address(address).peers(addresses)
                        .dataDirectory(root.resolve(address.replace(':', '_'))).build()));
            }
            coordinatorLeader = LocalGroups.awaitLeader(coordinators, RaftCoordinator::isLeader);
        } else if (target.equals("coordinatorStateMachine")) {
            bare = new BareCluster(addresses, root, "fsm", () -> new CoordinatorStateMachine(new CommandCodec(),
                    new ReplicatedState(RaftConfig.DEFAULT_RETAINED_POLICY_VERSIONS), new AppliedIndex(), leading -> { }));
            bareLeader = bare.leader();
        } else {
            bare = new BareCluster(addresses, root);
            bareLeader = bare.leader();
        }
        ComponentPolicy tuned = ComponentPolicy.defaults().withGuard(ComponentPolicy.defaults().guard()
                .withBreaker(BreakerPolicy.defaults().withOpenDuration(Duration.ofSeconds(3))));
        commit = new RegistryMutation.PolicyCommit("inventory", tuned, "bench");
        entry = new CommandCodec().encode(Command.of(commit));
        if (target.equals("bareCounterPadded")) {
            entryBytes = entry.length;
        }
    }

    /** One committed write. */
    @Benchmark
    public Object write() {
        if (target.equals("coordinatorStateMachine")) {
            return BareCluster.apply(bareLeader, ByteBuffer.wrap(entry)).join();
        }
        if (bare != null) {
            return BareCluster.add(bareLeader, 1, entryBytes).join();
        }
        return coordinatorLeader.commit(commit).toCompletableFuture().join();
    }

    /** Stops the group and deletes its data. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        coordinators.forEach(RaftCoordinator::close);
        if (bare != null) {
            bare.close();
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
