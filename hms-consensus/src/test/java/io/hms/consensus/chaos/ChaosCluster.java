package io.hms.consensus.chaos;

import io.hms.test.LoopbackPorts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Three (or more) {@link ChaosNode} JVMs on 127.0.0.1, each with its data directory and log file
 * under {@code root}; a node can be killed with SIGKILL and started again from its data directory.
 * {@link #close()} kills every node. Thread-safe.
 */
final class ChaosCluster implements AutoCloseable {

    final List<String> addresses = new ArrayList<>();
    private final Path root;
    private final AtomicReferenceArray<NodeProcess> nodes;
    private final List<String> nodeOptions;

    ChaosCluster(Path root, int size) {
        this(root, size, List.of());
    }

    /** Each node started with {@code nodeOptions} ({@code runtime}, {@code requestMs=...}: see {@link ChaosNode}). */
    ChaosCluster(Path root, int size, List<String> nodeOptions) {
        this.root = root;
        this.nodeOptions = List.copyOf(nodeOptions);
        this.nodes = new AtomicReferenceArray<>(size);
        for (int i = 0; i < size; i++) {
            addresses.add("127.0.0.1:" + LoopbackPorts.next());
        }
    }


    /** Starts every node, in parallel. */
    ChaosCluster startAll() {
        List<Thread> starters = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            int index = i;
            starters.add(Thread.ofVirtual().name("hms-chaos-start-" + i).start(() -> start(index)));
        }
        for (Thread starter : starters) {
            try {
                starter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (int i = 0; i < addresses.size(); i++) {
            if (nodes.get(i) == null) {
                throw new IllegalStateException("node " + addresses.get(i) + " did not start; see " + root);
            }
        }
        return this;
    }

    /** Starts node {@code index} from its data directory. */
    void start(int index) {
        String address = addresses.get(index);
        String name = address.replace(':', '_');
        nodes.set(index, NodeProcess.start(address, addresses, root.resolve(name), root.resolve(name + ".log"),
                nodeOptions));
    }

    /** Kills node {@code index} with SIGKILL. */
    void kill(int index) {
        NodeProcess node = nodes.get(index);
        if (node != null) {
            node.kill();
        }
    }

    NodeProcess node(int index) {
        return nodes.get(index);
    }

    /** A running node, chosen at random; empty when none runs. */
    Optional<NodeProcess> anyAlive() {
        List<NodeProcess> alive = new ArrayList<>();
        for (int i = 0; i < nodes.length(); i++) {
            NodeProcess node = nodes.get(i);
            if (node != null && node.alive()) {
                alive.add(node);
            }
        }
        return alive.isEmpty() ? Optional.empty()
                : Optional.of(alive.get(ThreadLocalRandom.current().nextInt(alive.size())));
    }

    /** The index of the node that says it leads, asked once; empty when none does. */
    Optional<Integer> leader() {
        for (int i = 0; i < nodes.length(); i++) {
            NodeProcess node = nodes.get(i);
            if (node == null || !node.alive()) {
                continue;
            }
            try {
                if ("leader".equals(node.request("ROLE", null).get(2, TimeUnit.SECONDS))) {
                    return Optional.of(i);
                }
            } catch (Exception e) {
                // dead or slow: not the leader we can use
            }
        }
        return Optional.empty();
    }

    int size() {
        return nodes.length();
    }

    @Override
    public void close() {
        for (int i = 0; i < nodes.length(); i++) {
            kill(i);
        }
    }
}
