package io.hms.benchmarks.raft;

import com.alipay.sofa.jraft.Node;
import io.hms.consensus.RaftCoordinator;
import io.hms.test.LoopbackPorts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Where a three-node group's CPU goes per committed write: one group alone in this JVM, closed-loop
 * writers for a number of rounds, and after each round the writes per second, the process's CPU time per
 * write and, by thread kind (jraft's log manager, state-machine caller, RPC server and client, ...), the
 * CPU time and the voluntary and involuntary context switches per write. Context switches per write
 * show how well the group batches: a thread woken once per batch wakes less often per write when the
 * batches are larger. Linux only (it reads {@code /proc/self/task}).
 *
 * <p>Arguments: target, writers (8), seconds per round (6), rounds (4), and {@code no-sync} to skip the
 * log's fsync (bare groups only). Targets: {@code registry}, {@code coordinatorStateMachine},
 * {@code exampleCounter} (jraft's example counter, {@link ExampleCounterStateMachine}), {@code bareCounter},
 * {@code bareCounterPadded} (to the registry's entry size), {@code bareCounterPaddedN} (to N bytes), and
 * {@code bareCounterBusyN}: the counter busy N nanoseconds on each entry it applies.
 */
public final class RaftThreadCpu {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ: the unit of /proc's CPU times
    private static final int USER_TIME = 11;         // fields of /proc/.../stat after the command name
    private static final int SYSTEM_TIME = 12;

    private RaftThreadCpu() {
    }

    /** Runs the measurement; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "registry";
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 6;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        boolean syncLog = !(args.length > 4 && args[4].equals("no-sync"));
        Path root = Files.createTempDirectory("hms-raft-cpu");
        Runnable write = start(target, syncLog, root);
        System.out.printf("%s, %d writers, log %s%n", target, writers, syncLog ? "synced" : "not synced");
        for (int round = 0; round < rounds; round++) {
            Map<String, long[]> before = threadTimes();
            long processBefore = processTicks();
            long start = System.nanoTime();
            long writes = LocalGroups.closedLoopWrites(write, writers, TimeUnit.SECONDS.toMillis(seconds));
            double elapsed = (System.nanoTime() - start) / 1e9;
            long processTicks = processTicks() - processBefore;
            System.out.printf("round %d: %.0f writes/s, process CPU %.0f %%, %.1f us CPU per write%n", round,
                    writes / elapsed, processTicks * 100.0 / TICKS_PER_SECOND / elapsed,
                    processTicks * 1e6 / TICKS_PER_SECOND / writes);
            if (round == rounds - 1) {
                printByKind(before, threadTimes(), writes);
            }
        }
        LocalGroups.deleteTree(root);
        Runtime.getRuntime().halt(0); // jraft leaves non-daemon threads behind
    }

    private static Runnable start(String target, boolean syncLog, Path root) {
        List<String> addresses = LoopbackPorts.addresses(3);
        var commit = LocalGroups.policyCommit();
        byte[] entry = LocalGroups.entryOf(commit);
        if (target.equals("registry")) {
            if (!syncLog) {
                throw new IllegalArgumentException("no-sync applies to bare groups only; the coordinator always syncs");
            }
            List<RaftCoordinator> coordinators = LocalGroups.startCoordinators(addresses, root);
            RaftCoordinator leader = LocalGroups.awaitLeader(coordinators, RaftCoordinator::isLeader);
            return () -> leader.commit(commit).toCompletableFuture().join();
        }
        if (target.equals("coordinatorStateMachine")) {
            Node leader = LocalGroups.coordinatorStateMachines(addresses, root, syncLog).leader();
            return () -> BareCluster.apply(leader, ByteBuffer.wrap(entry)).join();
        }
        if (target.equals("exampleCounter")) {
            Node leader = new BareCluster(addresses, root, "example", ExampleCounterStateMachine::new, syncLog)
                    .leader();
            return () -> ExampleCounterStateMachine.increment(leader, 1).join();
        }
        long busyNanos;
        int entryBytes = Long.BYTES;
        if (target.equals("bareCounter")) {
            busyNanos = 0;
        } else if (target.startsWith("bareCounterPadded")) {
            busyNanos = 0;
            String size = target.substring("bareCounterPadded".length());
            entryBytes = size.isEmpty() ? entry.length : Integer.parseInt(size);
        } else if (target.startsWith("bareCounterBusy")) {
            busyNanos = Long.parseLong(target.substring("bareCounterBusy".length()));
        } else {
            throw new IllegalArgumentException("unknown target " + target + "; use registry, coordinatorStateMachine,"
                    + " exampleCounter, bareCounter, bareCounterPadded, bareCounterPaddedN (N bytes)"
                    + " or bareCounterBusyN (N ns per entry)");
        }
        int bytes = entryBytes;
        Node leader = new BareCluster(addresses, root, "bare", () -> new BareCounterStateMachine(busyNanos), syncLog)
                .leader();
        return () -> BareCluster.add(leader, 1, bytes).join();
    }

    /** CPU ticks and context switches (voluntary, involuntary) of each live thread, by "id:name". */
    private static Map<String, long[]> threadTimes() throws IOException {
        Map<String, long[]> times = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    long[] switches = contextSwitches(Files.readAllLines(task.resolve("status")));
                    times.put(task.getFileName() + ":" + name, new long[] {cpuTicks(task.resolve("stat")),
                            switches[0], switches[1]});
                } catch (IOException e) {
                    // the thread ended while being read
                }
            }
        }
        return times;
    }

    private static long processTicks() throws IOException {
        return cpuTicks(Path.of("/proc/self/stat"));
    }

    private static long cpuTicks(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[USER_TIME]) + Long.parseLong(fields[SYSTEM_TIME]);
    }

    private static long[] contextSwitches(List<String> status) {
        long[] switches = new long[2];
        for (String line : status) {
            if (line.startsWith("voluntary_ctxt_switches")) {
                switches[0] = Long.parseLong(line.split("\\s+")[1]);
            } else if (line.startsWith("nonvoluntary_ctxt_switches")) {
                switches[1] = Long.parseLong(line.split("\\s+")[1]);
            }
        }
        return switches;
    }

    /** Sums the round's differences by thread kind (the name without its numbers) and prints them. */
    private static void printByKind(Map<String, long[]> before, Map<String, long[]> after, long writes) {
        Map<String, long[]> byKind = new TreeMap<>();
        after.forEach((thread, now) -> {
            long[] then = before.getOrDefault(thread, new long[3]);
            String kind = thread.substring(thread.indexOf(':') + 1).replaceAll("[-_#0-9]+$", "")
                    .replaceAll("[0-9]+", "N");
            long[] sum = byKind.computeIfAbsent(kind, k -> new long[4]);
            for (int i = 0; i < 3; i++) {
                sum[i] += now[i] - then[i];
            }
            sum[3]++;
        });
        System.out.println("  thread kind                 threads  us CPU/write  switches/write (vol, invol)");
        byKind.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0 || e.getValue()[1] > writes / 100)
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> System.out.printf("  %-28s %5d %11.2f %10.2f %6.2f%n", e.getKey(), e.getValue()[3],
                        e.getValue()[0] * 1e6 / TICKS_PER_SECOND / writes, e.getValue()[1] / (double) writes,
                        e.getValue()[2] / (double) writes));
    }
}
