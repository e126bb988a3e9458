package io.hms.examples.cluster;

import io.hms.test.LoopbackPorts;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Starts three instances of the demo host ({@link ClusterDemoNode}), each in its own JVM on
 * 127.0.0.1, forming one Raft cluster. Promotes a patch on the leader and shows it applied on all
 * three; takes down the payments service all three call and shows the instance that calls it least held
 * open by the others' discovery, and what each instance knows of the others; kills the leader's JVM with
 * SIGKILL and shows another instance take over and promote the next patch. Narrates on stdout, cleans up
 * and exits by itself.
 *
 * <pre>mvn -q -Pcluster-demo -DskipTests verify</pre>
 */
public final class ClusterDemo {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final PrintStream out;

    /** @param out where the narration goes */
    public ClusterDemo(PrintStream out) {
        this.out = out;
    }

    /** Runs the demo; exits 0 when every step happened. */
    public static void main(String[] args) throws Exception {
        Duration failover = new ClusterDemo(System.out).run();
        System.out.println("== done: the cluster failed over in " + failover.toMillis() + " ms");
        System.exit(0);
    }

    /**
     * Runs the demo.
     *
     * @return how long after the leader's kill a new leader was known
     * @throws IllegalStateException when a step does not happen within 30 s
     */
    public Duration run() throws Exception {
        Path root = Files.createTempDirectory("hms-cluster-demo");
        List<String> addresses = LoopbackPorts.addresses(3);
        List<DemoInstance> instances = new ArrayList<>();
        try {
            for (int i = 0; i < addresses.size(); i++) {
                String address = addresses.get(i);
                instances.add(DemoInstance.start("node-" + (i + 1), address, addresses,
                        root.resolve(address.replace(':', '_')), out));
            }
            DemoInstance leader = await("a leader", () -> leaderAmong(instances));
            out.println("== " + leader.name() + " leads; promoting a patch there: breaker open duration 3000 ms");
            leader.send("promote 3000");
            awaitPolicy(instances, 3000);
            out.println("== every instance runs the patched policy");
            sharedOutage(instances);

            out.println("== killing " + leader.name() + " with SIGKILL");
            long killedAt = System.nanoTime();
            leader.kill();
            List<DemoInstance> survivors = instances.stream().filter(i -> i != leader).toList();
            DemoInstance next = await("a new leader", () -> leaderAmong(survivors));
            Duration failover = Duration.ofNanos(System.nanoTime() - killedAt);
            out.println("== " + next.name() + " took over after " + failover.toMillis()
                    + " ms; promoting the next patch there: 5000 ms");
            next.send("promote 5000");
            awaitPolicy(survivors, 5000);
            out.println("== both remaining instances run the new policy");
            return failover;
        } finally {
            for (DemoInstance instance : instances) {
                instance.stop();
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The payments service goes down for all three; two instances call it 40 times a second, the third once a
     * second (its own window needs 20 failed attempts: with the default three attempts a call, about seven
     * seconds). The third is held open by the cluster.
     */
    private void sharedOutage(List<DemoInstance> instances) {
        DemoInstance slow = instances.getLast();
        out.println("== the payments service that every instance calls goes down; " + slow.name()
                + " calls it once a second, the others 40 times");
        for (DemoInstance instance : instances) {
            instance.send("payments down " + (instance == slow ? 1 : 40));
        }
        String[] held = await(slow.name() + " held open by the cluster", () -> slow.status()
                .filter(s -> s[3].equals("OPEN") && s[4].equals("true")));
        out.println("== " + slow.name() + " stopped calling payments after " + held[5]
                + " failed attempts: the others' discovery reached it (its own window needs 20); what it knows:");
        await(slow.name() + " told of both others' open breakers", () -> slow.status()
                .filter(s -> Integer.parseInt(s[6]) >= 2));
        slow.send("cluster");
        for (DemoInstance instance : instances) {
            instance.send("payments up " + (instance == slow ? 1 : 40));
        }
        await("every payments breaker closed again", () -> instances.stream()
                .allMatch(i -> i.status().map(s -> s[3].equals("CLOSED")).orElse(false)) ? Optional.of(true)
                : Optional.empty());
        out.println("== payments is back; every instance's breaker closed again");
    }

    private static Optional<DemoInstance> leaderAmong(List<DemoInstance> instances) {
        return instances.stream().filter(i -> i.status().map(s -> s[0].equals("leader")).orElse(false)).findFirst();
    }

    private void awaitPolicy(List<DemoInstance> instances, long openMillis) {
        await("every instance on the policy with open duration " + openMillis + " ms", () -> instances.stream()
                .allMatch(i -> i.status().map(s -> Long.parseLong(s[2]) == openMillis).orElse(false))
                ? Optional.of(true) : Optional.empty());
        for (DemoInstance instance : instances) {
            String[] status = instance.status().orElseThrow();
            out.printf("   %-7s %-9s policy v%s, breaker open %s ms%n", instance.name(), status[0], status[1],
                    status[2]);
        }
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        throw new IllegalStateException("not within " + PATIENCE + ": " + what);
    }

}
