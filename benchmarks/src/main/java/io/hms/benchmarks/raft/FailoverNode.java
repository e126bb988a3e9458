package io.hms.benchmarks.raft;

import io.hms.api.policy.ComponentPolicy;
import io.hms.api.spi.RegistryMutation;
import io.hms.consensus.RaftConfig;
import io.hms.consensus.RaftCoordinator;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of the {@link FailoverHarness}'s cluster, in its own JVM. Arguments:
 * {@code address peers(comma-separated) dataDirectory electionTimeoutMs}. Prints {@code READY} once
 * started; for each stdin line {@code <id> W} commits a policy version and prints {@code <id> OK}
 * or {@code <id> ERR}; {@code <id> ROLE} prints {@code <id> leader} or {@code <id> follower}.
 * Stops when stdin closes.
 */
public final class FailoverNode {

    private FailoverNode() {
    }

    /** Runs the node until stdin closes. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        RaftCoordinator coordinator = RaftCoordinator.start(RaftConfig.builder().address(args[0])
                .peers(List.of(args[1].split(","))).dataDirectory(Path.of(args[2]))
                .electionTimeout(Duration.ofMillis(Long.parseLong(args[3]))).requestTimeout(Duration.ofSeconds(3))
                .build());
        RegistryMutation commit = new RegistryMutation.PolicyCommit("inventory", ComponentPolicy.defaults(), "bench");
        out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] request = line.split(" ");
            String id = request[0];
            if (request[1].equals("ROLE")) {
                out.println(id + " " + (coordinator.isLeader() ? "leader" : "follower"));
            } else {
                coordinator.commit(commit).toCompletableFuture().orTimeout(4, TimeUnit.SECONDS)
                        .whenComplete((index, error) -> out.println(id + (error == null ? " OK" : " ERR")));
            }
        }
        coordinator.close();
        System.exit(0);
    }
}
