package io.hms.benchmarks.swarm;

import io.hms.api.ComponentSpec;
import io.hms.consensus.RaftConfig;
import io.hms.consensus.RaftCoordinator;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.monitor.anomaly.AnomalyOptions;
import io.hms.test.LoopbackPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Calls wasted on a dead dependency that three instances share, with the cluster breaker and without.
 * Three HMS runtimes in this JVM, each on its own {@link RaftCoordinator} of one three-node group on
 * 127.0.0.1, guard the shared dependency with {@code ComponentPolicy.defaults()}; open-loop callers offer
 * 100, 100 and 10 calls a second. Each run: 3 s healthy, the outage, 5 s healthy again. "Wasted" counts the
 * attempts that reached the dependency while it was down (retries included); "after" the calls served in
 * the 5 s after it came back, so that the cluster's help is not paid for with a slower recovery. A second
 * scenario takes the dependency down for the first instance alone: the others must serve as without.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.hms.benchmarks.swarm.ClusterBreakerHarness [rounds=3] [outageSeconds=20]</pre>
 */
public final class ClusterBreakerHarness {

    private static final String SHARED = "inventory";
    private static final int[] RATES = {100, 100, 10};

    private ClusterBreakerHarness() {
    }

    /** Runs the rounds and prints one line per run and the totals. */
    public static void main(String[] args) throws Exception {
        System.setProperty("sofa.middleware.log.disable", "true");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int outage = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.out.printf(Locale.ROOT, "cluster breaker: 3 instances at %d/%d/%d calls/s, outage %d s, %d rounds%n",
                RATES[0], RATES[1], RATES[2], outage, rounds);
        long[] totals = new long[4];
        for (int round = 1; round <= rounds; round++) {
            for (boolean cluster : round % 2 == 1 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                for (boolean shared : new boolean[] {true, false}) {
                    Run run = run(cluster, shared, outage);
                    System.out.printf(Locale.ROOT, "round %d %-8s %-13s wasted %5d %5d %5d = %5d   served after %5d %5d %5d%n",
                            round, cluster ? "cluster" : "alone", shared ? "shared outage" : "private (1st)",
                            run.wasted[0], run.wasted[1], run.wasted[2], run.totalWasted(), run.after[0], run.after[1],
                            run.after[2]);
                    if (shared) {
                        totals[cluster ? 1 : 0] += run.totalWasted();
                    } else {
                        totals[cluster ? 3 : 2] += run.after[1] + run.after[2];
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "shared outage, wasted calls cluster-wide: %d alone, %d with the cluster: %.2fx%n",
                totals[0], totals[1], totals[1] / (double) totals[0]);
        System.out.printf(Locale.ROOT, "private failure, the others' calls served after: %d alone, %d with the cluster%n",
                totals[2], totals[3]);
        System.exit(0);
    }

    private record Run(long[] wasted, long[] after) {
        long totalWasted() {
            return wasted[0] + wasted[1] + wasted[2];
        }
    }

    private static Run run(boolean cluster, boolean shared, int outageSeconds) throws Exception {
        Path root = Files.createTempDirectory("hms-cluster-breaker");
        List<String> addresses = LoopbackPorts.addresses(3);
        List<RaftCoordinator> coordinators = new ArrayList<>();
        List<Hms> runtimes = new ArrayList<>();
        ScheduledExecutorService arrivals = Executors.newScheduledThreadPool(1);
        SharedDependency dependency = new SharedDependency(3);
        try {
            for (String address : addresses) {
                coordinators.add(RaftCoordinator.start(RaftConfig.builder().address(address).peers(addresses)
                        .dataDirectory(root.resolve(address.replace(':', '_'))).build()));
            }
            awaitLeader(coordinators);
            for (int i = 0; i < 3; i++) {
                HmsBuilder builder = Hms.builder().coordinator(coordinators.get(i)).discoverPlugins(false)
                        .anomalies(AnomalyOptions.disabled())
                        .component(ComponentSpec.of(SHARED));
                runtimes.add((cluster ? builder.clusterBreaker(SHARED) : builder).build().start());
            }
            for (int i = 0; i < 3; i++) {
                int instance = i;
                Hms hms = runtimes.get(i);
                arrivals.scheduleAtFixedRate(() -> Thread.ofVirtual().start(() -> call(hms, dependency, instance)),
                        0, 1_000_000 / RATES[i], TimeUnit.MICROSECONDS);
            }
            pause(3);
            if (shared) {
                dependency.down(true);
            } else {
                dependency.downOnlyFor(0);
            }
            pause(outageSeconds);
            long[] servedAtRecovery = new long[3];
            for (int i = 0; i < 3; i++) {
                servedAtRecovery[i] = dependency.served(i);
            }
            dependency.down(false);
            dependency.downOnlyFor(-1);
            pause(5);
            long[] wasted = new long[3];
            long[] after = new long[3];
            for (int i = 0; i < 3; i++) {
                wasted[i] = dependency.wasted(i);
                after[i] = dependency.served(i) - servedAtRecovery[i];
            }
            return new Run(wasted, after);
        } finally {
            arrivals.shutdownNow();
            runtimes.forEach(Hms::close);
            coordinators.forEach(RaftCoordinator::close);
            delete(root);
        }
    }

    private static void call(Hms hms, SharedDependency dependency, int instance) {
        try {
            hms.guard(SHARED).call(() -> dependency.call(instance));
        } catch (RuntimeException refusedOrFailed) {
            // what the breaker counts; the dependency's tally is the figure
        }
    }

    private static void awaitLeader(List<RaftCoordinator> coordinators) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (coordinators.stream().noneMatch(RaftCoordinator::isLeader)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no leader within 20 s");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static void pause(int seconds) {
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
