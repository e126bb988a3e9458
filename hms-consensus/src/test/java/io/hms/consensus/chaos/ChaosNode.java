package io.hms.consensus.chaos;

import io.hms.api.policy.ComponentPolicy;
import io.hms.api.spi.RegistryMutation;
import io.hms.consensus.RaftConfig;
import io.hms.consensus.RaftCoordinator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One node of a cluster under test, in its own JVM: runs a {@link RaftCoordinator} and answers a
 * line protocol on stdin/stdout, so that a test can drive it and kill it.
 *
 * <p>Arguments: {@code address peers(comma-separated) dataDirectory}. Requests, one a line,
 * {@code <id> <verb> [arg]}; each answered by {@code @@ <id> OK [result]} or {@code @@ <id> ERR <why>}:
 * <ul>
 *   <li>{@code W v} — commits a policy version of component {@value #REGISTER} whose source is {@code v};</li>
 *   <li>{@code R} — the register's value after a linearizable {@link RaftCoordinator#sync() sync}
 *       ({@code -} before any write);</li>
 *   <li>{@code LOG} — every value written, in the order this node applied them, comma-separated;</li>
 *   <li>{@code ROLE} — {@code leader} or {@code follower};</li>
 *   <li>{@code ISOLATE} / {@code HEAL} — partitions this node from the others, or heals it (chaos).</li>
 * </ul>
 * {@code @@ READY} is printed once the node runs. The node exits when stdin closes or on SIGTERM;
 * SIGKILL is what the tests use to crash it.
 */
public final class ChaosNode {

    /** The component whose latest policy commit holds the register's value (its {@code source}). */
    public static final String REGISTER = "register";

    private final RaftCoordinator coordinator;
    private final List<String> values = new CopyOnWriteArrayList<>();
    private final PrintStream out;

    private ChaosNode(RaftCoordinator coordinator, PrintStream out) {
        this.coordinator = coordinator;
        this.out = out;
        coordinator.onCommit(mutation -> {
            if (mutation instanceof RegistryMutation.PolicyCommit commit && commit.component().equals(REGISTER)) {
                values.add(commit.source());
            }
        });
    }

    /** Runs a node until stdin closes. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err);
        RaftConfig config = RaftConfig.builder().address(args[0]).peers(List.of(args[1].split(",")))
                .dataDirectory(Path.of(args[2])).electionTimeout(Duration.ofMillis(Long.getLong("electionMs", 500)))
                .requestTimeout(Duration.ofSeconds(3)).build();
        RaftCoordinator coordinator = RaftCoordinator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(coordinator::close, "hms-chaos-node-shutdown"));
        ChaosNode node = new ChaosNode(coordinator, out);
        out.println("@@ READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            node.handle(line.trim().split(" ", 3));
        }
        coordinator.close();
        System.exit(0);
    }

    private void handle(String[] request) {
        String id = request[0];
        switch (request.length > 1 ? request[1] : "") {
            case "W" -> answer(id, coordinator.commit(new RegistryMutation.PolicyCommit(REGISTER,
                    ComponentPolicy.defaults(), request[2])).thenApply(index -> ""));
            case "R" -> answer(id, coordinator.sync().thenApply(v -> values.isEmpty() ? "-" : values.getLast()));
            case "LOG" -> reply(id, "OK " + String.join(",", values));
            case "ROLE" -> reply(id, "OK " + (coordinator.isLeader() ? "leader" : "follower"));
            case "ISOLATE" -> act(id, coordinator.clusterFaults()::isolateNode);
            case "HEAL" -> act(id, coordinator.clusterFaults()::healNode);
            default -> reply(id, "ERR unknown request " + String.join(" ", request));
        }
    }

    private void act(String id, Runnable action) {
        try {
            action.run();
            reply(id, "OK");
        } catch (RuntimeException e) {
            reply(id, "ERR " + e.getMessage());
        }
    }

    private void answer(String id, CompletionStage<String> result) {
        result.toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).whenComplete((value, error) -> reply(id,
                error == null ? ("OK " + value).trim() : "ERR " + String.valueOf(error.getMessage()).replace('\n', ' ')));
    }

    private void reply(String id, String text) {
        synchronized (out) {
            out.println("@@ " + id + " " + text);
        }
    }
}
