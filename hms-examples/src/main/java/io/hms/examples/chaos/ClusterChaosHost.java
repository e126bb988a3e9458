package io.hms.examples.chaos;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.spi.ClusterFaults;
import io.hms.api.spi.CoordinatorStatus;
import io.hms.consensus.RaftConfig;
import io.hms.consensus.RaftCoordinator;
import io.hms.core.Hms;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.chaos.experiment.Experiment;
import io.hms.test.LoopbackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A three-node cluster in one JVM for the Raft faults: three {@link RaftCoordinator}s on free loopback
 * ports, each under an HMS runtime with chaos enabled and a component {@value ClusterFaults#TARGET}
 * whose health check is DOWN while its node is not {@code ACTIVE} (checked every 100 ms). An
 * experiment runs on the current leader's runtime, so a node kill or a partition hits the leader;
 * {@link ClusterProbe} measures what the other nodes see meanwhile.
 *
 * <pre>{@code
 * try (ClusterChaosHost cluster = ClusterChaosHost.start()) {
 *     ClusterFigures run = cluster.runOnLeader(ChaosCatalogue.nodeKill());
 * }
 * }</pre>
 *
 * <p>{@link #close()} closes the runtimes (reverting every fault), then the nodes, and deletes their data.
 */
public final class ClusterChaosHost implements AutoCloseable {

    static final int NODES = 3;
    private static final Duration WAIT = Duration.ofSeconds(60); // generous: node starts are slow on a loaded machine

    private final Path data;
    private final List<RaftCoordinator> nodes = new ArrayList<>();
    private final List<Hms> runtimes = new ArrayList<>();

    private ClusterChaosHost() throws IOException {
        this.data = Files.createTempDirectory("hms-cluster-chaos");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            addresses.add("127.0.0.1:" + LoopbackPorts.next());
        }
        try {
            for (String address : addresses) {
                RaftCoordinator node = RaftCoordinator.start(RaftConfig.builder().address(address).peers(addresses)
                        .dataDirectory(data.resolve(address.replace(':', '_'))).electionTimeout(Duration.ofMillis(600))
                        .requestTimeout(Duration.ofSeconds(3)).chaosFaults(true).build());
                nodes.add(node);
                runtimes.add(Hms.builder().coordinator(node).discoverPlugins(false)
                        .component(ComponentSpec.of(ClusterFaults.TARGET).withPolicy(watched()))
                        .healthCheck(ClusterFaults.TARGET, "raft-status", () -> node.status() == CoordinatorStatus.ACTIVE
                                ? Health.up() : Health.down("Raft node " + node.status()))
                        .chaos(ChaosOptions.enabled()).build().start());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Starts the three nodes and their runtimes. */
    public static ClusterChaosHost start() throws IOException {
        return new ClusterChaosHost();
    }

    /** Health every 100 ms, DOWN after 2 failed checks, UP after 1 good one. */
    private static ComponentPolicy watched() {
        return new ComponentPolicy(new HealthPolicy(Duration.ofMillis(100), Duration.ofMillis(500), 2, 1),
                GuardPolicy.defaults(), Playbook.byLevel());
    }


    /** The node that leads, once every node agrees on it; fails after 20 s without one. */
    public RaftCoordinator leader() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            for (RaftCoordinator node : nodes) {
                if (node.isLeader() && nodes.stream().allMatch(n -> n.leaderAddress().filter(node.nodeId()::equals)
                        .isPresent() && n.status() == CoordinatorStatus.ACTIVE)) {
                    return node;
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new IllegalStateException("no leader agreed by all " + NODES + " nodes within " + WAIT);
    }

    /** Whether chaos has cut any node off from its peers now (partitioned or killed). */
    public boolean anyNodeCutOff() {
        return nodes.stream().anyMatch(RaftCoordinator::partitioned);
    }

    /** The runtime over {@code node}. */
    public Hms runtimeOf(RaftCoordinator node) {
        return runtimes.get(nodes.indexOf(node));
    }

    /**
     * Runs {@code experiment} on the leader's runtime, with a {@link ClusterProbe} watching the other
     * nodes, and waits up to 20 s after the run for the broken node to catch up.
     */
    public ClusterFigures runOnLeader(Experiment experiment) throws Exception {
        RaftCoordinator victim = leader();
        List<RaftCoordinator> others = nodes.stream().filter(n -> n != victim).toList();
        try (ClusterProbe probe = ClusterProbe.watch(victim, others, runtimeOf(victim).events())) {
            var report = runtimeOf(victim).experiments().run(experiment)
                    .get(experiment.deadline().toSeconds() + 30, TimeUnit.SECONDS);
            probe.awaitCaughtUp(WAIT);
            return probe.figures(report);
        }
    }

    /** Closes the runtimes (reverting every fault), the nodes, and deletes their data. */
    @Override
    public void close() {
        runtimes.forEach(Hms::close);
        nodes.forEach(RaftCoordinator::close);
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // temporary files only; the OS cleans them up
        }
    }
}
