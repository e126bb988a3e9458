package io.hms.benchmarks.raft;

import io.hms.consensus.RaftConfig;
import io.hms.test.LoopbackPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Failover time of a three-node {@code RaftCoordinator} cluster, each node in its own JVM on
 * 127.0.0.1: a writer commits policy versions without pause through random live nodes; the leader
 * is killed with SIGKILL; the failover time is from the kill until a write invoked after the kill
 * is acknowledged. The killed node is then restarted from its data directory and the next round
 * begins once a leader is known.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.hms.benchmarks.raft.FailoverHarness [kills=20] [electionTimeoutMs]</pre>
 *
 * <p>Without {@code electionTimeoutMs} the nodes run on the coordinator's default
 * ({@link RaftConfig#DEFAULT_ELECTION_TIMEOUT_MILLIS}).
 */
public final class FailoverHarness {

    private final NodeJvm[] nodes = new NodeJvm[3];
    private final List<String> addresses = new ArrayList<>();
    private final AtomicLong recoveredAt = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile long eligibleAfter = Long.MAX_VALUE;

    private FailoverHarness() {
    }

    /** Runs the harness and prints the failover times. */
    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long electionMillis = args.length > 1 ? Long.parseLong(args[1]) : RaftConfig.DEFAULT_ELECTION_TIMEOUT_MILLIS;
        List<Long> millis = new FailoverHarness().run(kills, electionMillis);
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "failover after SIGKILL of the leader, election timeout %d ms, %d kills: "
                        + "p50 %d ms, p90 %d ms, max %d ms, mean %.0f ms%n", electionMillis, kills,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 9 / 10), sorted.getLast(),
                sorted.stream().mapToLong(Long::longValue).average().orElse(0));
        System.exit(0);
    }

    private List<Long> run(int kills, long electionMillis) throws Exception {
        Path root = Files.createTempDirectory("hms-failover");
        addresses.addAll(LoopbackPorts.addresses(nodes.length));
        List<Long> failovers = new ArrayList<>();
        try {
            for (int i = 0; i < nodes.length; i++) {
                start(i, root, electionMillis);
            }
            Thread writer = Thread.ofPlatform().name("hms-failover-writer").start(this::write);
            for (int k = 0; k < kills; k++) {
                int leader = awaitLeader();
                eligibleAfter = Long.MAX_VALUE;
                recoveredAt.set(0);
                long killedAt = System.nanoTime();
                nodes[leader].kill();
                eligibleAfter = System.nanoTime();
                long deadline = killedAt + TimeUnit.SECONDS.toNanos(30);
                while (recoveredAt.get() == 0 && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                }
                if (recoveredAt.get() == 0) {
                    throw new IllegalStateException("no write succeeded within 30 s of kill " + (k + 1));
                }
                failovers.add(TimeUnit.NANOSECONDS.toMillis(recoveredAt.get() - killedAt));
                start(leader, root, electionMillis);
            }
            running.set(false);
            writer.join(10_000);
            return failovers;
        } finally {
            for (NodeJvm node : nodes) {
                if (node != null) {
                    node.kill();
                }
            }
            LocalGroups.deleteTree(root);
        }
    }

    private void start(int index, Path root, long electionMillis) throws InterruptedException {
        String address = addresses.get(index);
        nodes[index] = NodeJvm.start(address, addresses, root.resolve(address.replace(':', '_')), electionMillis);
    }

    private int awaitLeader() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < nodes.length; i++) {
                try {
                    if (nodes[i].alive() && nodes[i].request("ROLE").get(2, TimeUnit.SECONDS).equals("leader")) {
                        return i;
                    }
                } catch (Exception e) {
                    // not this one
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new IllegalStateException("no leader within 30 s");
    }

    private void write() {
        while (running.get()) {
            NodeJvm node = nodes[ThreadLocalRandom.current().nextInt(nodes.length)];
            if (node == null || !node.alive()) {
                continue;
            }
            long invokedAt = System.nanoTime();
            try {
                if (node.request("W").get(5, TimeUnit.SECONDS).equals("OK") && invokedAt > eligibleAfter) {
                    recoveredAt.compareAndSet(0, System.nanoTime());
                }
            } catch (Exception e) {
                // a failed write; the next one tries another node
            }
        }
    }
}
