package io.hms.consensus;

import io.hms.api.spi.RegistryMutation;
import io.hms.test.LoopbackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Three (or more) Raft coordinators in this JVM on 127.0.0.1 free ports, each with its own data
 * directory under {@code root}, recording what each node's commit and leadership listeners saw
 * (policy commits in {@link #commits} without their version number, as they were sent; in
 * {@link #numbered} as told).
 */
final class TestCluster implements AutoCloseable {

    final List<String> addresses = new ArrayList<>();
    final Path root;
    final Map<String, RaftCoordinator> nodes = new ConcurrentHashMap<>();
    final Map<String, List<RegistryMutation>> commits = new ConcurrentHashMap<>();
    final Map<String, List<RegistryMutation>> numbered = new ConcurrentHashMap<>();
    final Map<String, List<Boolean>> leadership = new ConcurrentHashMap<>();
    private final Duration snapshotInterval;
    private final ReadMode readMode;
    private final int retainedPolicyVersions;
    private final boolean chaosFaults;

    TestCluster(Path root, int size) {
        this(root, size, Duration.ofHours(1), ReadMode.READ_INDEX);
    }

    TestCluster(Path root, int size, Duration snapshotInterval, ReadMode readMode) {
        this(root, size, snapshotInterval, readMode, RaftConfig.DEFAULT_RETAINED_POLICY_VERSIONS, false);
    }

    TestCluster(Path root, int size, Duration snapshotInterval, ReadMode readMode, int retainedPolicyVersions) {
        this(root, size, snapshotInterval, readMode, retainedPolicyVersions, false);
    }

    private TestCluster(Path root, int size, Duration snapshotInterval, ReadMode readMode, int retainedPolicyVersions,
                        boolean chaosFaults) {
        this.root = root;
        this.retainedPolicyVersions = retainedPolicyVersions;
        this.snapshotInterval = snapshotInterval;
        this.readMode = readMode;
        this.chaosFaults = chaosFaults;
        for (int i = 0; i < size; i++) {
            addresses.add("127.0.0.1:" + LoopbackPorts.next());
        }
        addresses.forEach(a -> start(a, dataDirectory(a)));
    }


    /** A cluster whose nodes chaos may kill and partition ({@link RaftConfig#chaosFaults()}). */
    static TestCluster withChaosFaults(Path root, int size) {
        return new TestCluster(root, size, Duration.ofHours(1), ReadMode.READ_INDEX,
                RaftConfig.DEFAULT_RETAINED_POLICY_VERSIONS, true);
    }

    Path dataDirectory(String address) {
        return root.resolve(address.replace(':', '_'));
    }

    RaftConfig config(String address, Path dataDirectory) {
        return RaftConfig.builder().address(address).peers(addresses).dataDirectory(dataDirectory)
                .snapshotInterval(snapshotInterval).readMode(readMode).retainedPolicyVersions(retainedPolicyVersions)
                .requestTimeout(Duration.ofSeconds(10)).chaosFaults(chaosFaults).build();
    }

    RaftCoordinator start(String address, Path dataDirectory) {
        return start(config(address, dataDirectory));
    }

    /** Starts a node outside the group, waiting to be added with {@code addPeer}. */
    RaftCoordinator startJoining(String address) {
        List<String> known = new ArrayList<>(addresses);
        known.add(address);
        return start(RaftConfig.builder().address(address).peers(known).dataDirectory(dataDirectory(address))
                .requestTimeout(Duration.ofSeconds(10)).join(true).build());
    }

    RaftCoordinator start(RaftConfig config) {
        String address = config.address();
        List<RegistryMutation> seen = new CopyOnWriteArrayList<>();
        List<RegistryMutation> told = new CopyOnWriteArrayList<>();
        List<Boolean> leading = new CopyOnWriteArrayList<>();
        RaftCoordinator node = RaftCoordinator.start(config);
        node.onCommit(m -> {
            told.add(m);
            seen.add(m instanceof RegistryMutation.PolicyCommit commit ? commit.unnumbered() : m);
        });
        node.onLeadershipChange(leading::add);
        commits.put(address, seen);
        numbered.put(address, told);
        leadership.put(address, leading);
        nodes.put(address, node);
        return node;
    }

    void stop(String address) {
        RaftCoordinator node = nodes.remove(address);
        if (node != null) {
            node.close();
        }
    }

    RaftCoordinator leader() {
        return Eventually.value("a leader known to every running node", () -> {
            Optional<RaftCoordinator> leader = nodes.values().stream().filter(RaftCoordinator::isLeader).findFirst();
            if (leader.isEmpty()) {
                return null;
            }
            String address = leader.get().nodeId();
            boolean agreed = nodes.values().stream()
                    .allMatch(n -> n.leaderAddress().map(address::equals).orElse(false));
            return agreed ? leader.get() : null;
        });
    }

    RaftCoordinator follower() {
        RaftCoordinator leader = leader();
        return nodes.values().stream().filter(n -> n != leader).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        List.copyOf(nodes.keySet()).forEach(this::stop);
    }
}
