package io.hms.benchmarks.raft;

import com.alipay.sofa.jraft.Node;
import io.hms.api.spi.RegistryMutation;
import io.hms.consensus.RaftCoordinator;
import io.hms.test.LoopbackPorts;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A paired comparison of committed writes, for a VM whose run-to-run noise is wider than the gaps
 * {@link RaftCommitBenchmark} measures: four three-node groups run side by side in one JVM (the two
 * bare counters share one), and each round gives every target the same closed-loop writers for the
 * same time, in turn, so that each ratio compares writes made under the same conditions; the order of the
 * turns rotates by one from round to round, so that each target takes each place in a round in turn
 * (first after a pause, last before one) rather than always the same. The groups:
 *
 * <ul>
 *   <li>{@code registry}: {@code RaftCoordinator.commit(PolicyCommit)} on the leader, as in the benchmark;</li>
 *   <li>{@code coordinatorStateMachine}: the registry's encoded entry appended to a bare group whose nodes
 *       run the coordinator's state machine (decode, apply to the replicated state) without the rest of
 *       the coordinator: it separates the state machine's cost from the coordinator's commit path;</li>
 *   <li>{@code exampleCounter}: an increment on the counter of jraft's own example
 *       ({@link ExampleCounterStateMachine});</li>
 *   <li>{@code bareCounter}: an 8-byte increment on a bare counter;</li>
 *   <li>{@code bareCounterPadded}: the same increment padded to the registry's entry size.</li>
 * </ul>
 *
 * <p>Arguments: writers (8), rounds (8), seconds per group per round (4); the first two rounds warm up
 * and are left out of the pooled ratios, which are sums of operations over the measured rounds.
 */
public final class RaftPairedTrial {

    private static final int WARM_UP_ROUNDS = 2;

    private RaftPairedTrial() {
    }

    /** Runs the trial; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int writers = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long millis = TimeUnit.SECONDS.toMillis(args.length > 2 ? Long.parseLong(args[2]) : 4);
        if (rounds <= WARM_UP_ROUNDS) {
            throw new IllegalArgumentException("give more than " + WARM_UP_ROUNDS + " rounds; the first "
                    + WARM_UP_ROUNDS + " warm up");
        }
        Path root = Files.createTempDirectory("hms-raft-paired");
        RegistryMutation.PolicyCommit commit = LocalGroups.policyCommit();
        byte[] entry = LocalGroups.entryOf(commit);
        List<RaftCoordinator> coordinators = LocalGroups.startCoordinators(LoopbackPorts.addresses(3),
                root.resolve("registry"));
        try (BareCluster fsm = LocalGroups.coordinatorStateMachines(LoopbackPorts.addresses(3), root.resolve("fsm"));
             BareCluster bare = new BareCluster(LoopbackPorts.addresses(3), root.resolve("bare"));
             BareCluster example = new BareCluster(LoopbackPorts.addresses(3), root.resolve("example"), "example",
                     ExampleCounterStateMachine::new)) {
            RaftCoordinator leader = LocalGroups.awaitLeader(coordinators, RaftCoordinator::isLeader);
            Node fsmLeader = fsm.leader();
            Node bareLeader = bare.leader();
            Node exampleLeader = example.leader();
            Map<String, Runnable> writes = new LinkedHashMap<>();
            writes.put("registry", () -> leader.commit(commit).toCompletableFuture().join());
            writes.put("coordinatorStateMachine", () -> BareCluster.apply(fsmLeader, ByteBuffer.wrap(entry)).join());
            writes.put("exampleCounter", () -> ExampleCounterStateMachine.increment(exampleLeader, 1).join());
            writes.put("bareCounter", () -> BareCluster.add(bareLeader, 1, Long.BYTES).join());
            writes.put("bareCounterPadded", () -> BareCluster.add(bareLeader, 1, entry.length).join());

            System.out.printf("%d writers, %d rounds of %d s per group (%d warm-up), entry %d B"
                    + " (example counter %d B)%n", writers, rounds, millis / 1000, WARM_UP_ROUNDS, entry.length,
                    ExampleCounterStateMachine.entryBytes());
            Map<String, Double> pooled = new LinkedHashMap<>();
            List<String> names = List.copyOf(writes.keySet());
            for (int round = 0; round < rounds; round++) {
                StringBuilder line = new StringBuilder("round " + round + ":");
                Map<String, Double> rates = new LinkedHashMap<>();
                for (int turn = 0; turn < names.size(); turn++) { // rotated by one each round: each place in turn
                    String name = names.get((turn + round) % names.size());
                    double rate = opsPerSecond(writes.get(name), writers, millis);
                    rates.put(name, rate);
                    if (round >= WARM_UP_ROUNDS) {
                        pooled.merge(name, rate, Double::sum);
                    }
                }
                double bareRate = rates.get("bareCounter");
                rates.forEach((name, rate) -> line.append(String.format("  %s %.0f/s (%.3f)", name, rate,
                        rate / bareRate)));
                System.out.println(line);
            }
            double bareSum = pooled.get("bareCounter");
            System.out.println("pooled over the measured rounds, against bareCounter:");
            pooled.forEach((name, sum) -> System.out.printf("  %-24s %.3f%n", name, sum / bareSum));
            System.out.printf("registry against exampleCounter (jraft's own counter): %.3f%n",
                    pooled.get("registry") / pooled.get("exampleCounter"));
        } finally {
            coordinators.forEach(RaftCoordinator::close);
            LocalGroups.deleteTree(root);
        }
        System.exit(0); // jraft leaves non-daemon threads behind
    }

    private static double opsPerSecond(Runnable write, int writers, long millis) throws InterruptedException {
        return LocalGroups.closedLoopWrites(write, writers, millis) * 1000.0 / millis;
    }
}
