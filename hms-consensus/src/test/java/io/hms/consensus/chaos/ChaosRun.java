package io.hms.consensus.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A chaos run: writers commit register values and a reader reads the register through random nodes
 * of a {@link ChaosCluster}, while the leader is killed with SIGKILL and restarted from its data
 * directory, {@code kills} times. Every operation is recorded in a {@link History}; every value a
 * writer had acknowledged is kept in order per writer.
 */
final class ChaosRun {

    private static final long CLIENT_TIMEOUT_MILLIS = 9_000;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    final History history = new History();
    final List<List<String>> acknowledged = new ArrayList<>();
    final List<Duration> failovers = new CopyOnWriteArrayList<>();
    private final ChaosCluster cluster;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong recoveredAtNanos = new AtomicLong();
    private volatile long eligibleAfterNanos = Long.MAX_VALUE;

    ChaosRun(ChaosCluster cluster) {
        this.cluster = cluster;
    }

    /** Runs {@code writers} writers and one reader while killing the leader {@code kills} times. */
    void run(int writers, int kills) throws InterruptedException {
        List<Thread> clients = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<String> acks = Collections.synchronizedList(new ArrayList<>());
            acknowledged.add(acks);
            String prefix = "w" + w + "-";
            clients.add(Thread.ofPlatform().name("hms-chaos-writer-" + w).start(() -> write(prefix, acks)));
        }
        clients.add(Thread.ofPlatform().name("hms-chaos-reader").start(this::read));
        try {
            for (int k = 0; k < kills; k++) {
                killLeaderAndRestart();
            }
        } finally {
            running.set(false);
            for (Thread client : clients) {
                client.join(TimeUnit.SECONDS.toMillis(20));
            }
        }
    }

    /**
     * Kills the leader and measures its failover: from the kill until a write invoked after the
     * victim is gone is acknowledged; then starts the victim again from its data directory.
     */
    private void killLeaderAndRestart() {
        int leader = await("a leader", cluster::leader);
        eligibleAfterNanos = Long.MAX_VALUE;
        recoveredAtNanos.set(0);
        long killedAt = System.nanoTime();
        cluster.kill(leader);
        eligibleAfterNanos = System.nanoTime();
        await("a write acknowledged after the kill",
                () -> recoveredAtNanos.get() != 0 ? Optional.of(true) : Optional.empty());
        failovers.add(Duration.ofNanos(recoveredAtNanos.get() - killedAt));
        cluster.start(leader);
    }

    private void write(String prefix, List<String> acks) {
        for (long n = 0; running.get(); n++) {
            Optional<NodeProcess> node = cluster.anyAlive();
            if (node.isEmpty()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                continue;
            }
            String value = prefix + n;
            long invokedAt = history.invoke();
            long startedNanos = System.nanoTime();
            try {
                node.get().request("W", value).get(CLIENT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                history.writeOk(value, invokedAt);
                acks.add(value);
                if (startedNanos > eligibleAfterNanos) {
                    recoveredAtNanos.compareAndSet(0, System.nanoTime());
                }
            } catch (Exception e) {
                history.writeUnknown(value, invokedAt);
            }
        }
    }

    private void read() {
        while (running.get()) {
            Optional<NodeProcess> node = cluster.anyAlive();
            if (node.isEmpty()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                continue;
            }
            long invokedAt = history.invoke();
            try {
                String value = node.get().request("R", null).get(CLIENT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                history.readOk(value.equals("-") ? null : value, invokedAt);
            } catch (Exception e) {
                history.readLost();
            }
        }
    }

    /**
     * Waits until every node answers with the same log of values, and returns it, one list per node.
     */
    List<List<String>> convergedLogs() {
        return await("every node applied the same values", () -> {
            List<List<String>> logs = new ArrayList<>();
            for (int i = 0; i < cluster.size(); i++) {
                try {
                    String log = cluster.node(i).request("LOG", null).get(5, TimeUnit.SECONDS);
                    logs.add(log.isEmpty() ? List.of() : List.of(log.split(",")));
                } catch (Exception e) {
                    return Optional.empty();
                }
            }
            return logs.stream().distinct().count() == 1 ? Optional.of(logs) : Optional.empty();
        });
    }

    private static <T> T await(String what, java.util.function.Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
