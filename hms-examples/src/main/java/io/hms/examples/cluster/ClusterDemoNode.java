package io.hms.examples.cluster;

import io.hms.api.event.LeadershipChanged;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.RegistryMutation;
import io.hms.consensus.RaftConfig;
import io.hms.consensus.RaftCoordinator;
import io.hms.core.Hms;
import io.hms.core.configurator.PatchResult;
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
 * One instance of the demo host: an HMS runtime guarding an {@code inventory} component, and a {@code payments}
 * service that every instance calls (a {@link SharedPayments}: its breaker follows the cluster), joined to
 * the cluster through a {@link RaftCoordinator}. It narrates what it sees (leadership, policies
 * applied, its payments breaker) on stdout, and takes commands on stdin, one a line: {@code promote <ms>}
 * promotes a patch that sets the breaker's open duration; {@code payments <down|up> <calls a second>} takes
 * the payments service down or up and calls it that often; {@code cluster} prints what this instance knows of
 * payments on every instance; {@code status} answers
 * {@code @@ status <leader|follower> <policy version> <open duration ms> <payments breaker> <held by the cluster>
 * <payments calls failed> <other instances it knows with payments OPEN>}. It stops when stdin closes.
 *
 * <p>Arguments: {@code name address peers(comma-separated) dataDirectory}.
 */
public final class ClusterDemoNode {

    private ClusterDemoNode() {
    }

    /** Runs the instance until stdin closes. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String name = args[0];
        RaftCoordinator coordinator = RaftCoordinator.start(RaftConfig.builder().address(args[1])
                .peers(List.of(args[2].split(","))).dataDirectory(Path.of(args[3]))
                .electionTimeout(Duration.ofMillis(800)).build());
        SharedPayments payments = new SharedPayments(name, out);
        try (Hms hms = payments.addTo(Hms.builder().coordinator(coordinator).discoverPlugins(false).component("inventory"))
                .build().start()) {
            payments.watch(hms);
            hms.events().subscribe(LeadershipChanged.class, e -> {
                if (e.leader()) {
                    out.println("[" + name + "] leads the cluster now");
                }
            });
            coordinator.onCommit(mutation -> {
                if (mutation instanceof RegistryMutation.PolicyCommit commit && commit.source().startsWith("patch:")) {
                    out.println("[" + name + "] applied a new inventory policy (" + commit.source()
                            + "): breaker open duration " + commit.policy().guard().breaker().openDuration().toMillis()
                            + " ms");
                }
            });
            out.println("[" + name + "] started on " + args[1]);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] command = line.trim().split(" ");
                switch (command[0]) {
                    case "promote" -> promote(hms, name, Long.parseLong(command[1]), out);
                    case "payments" -> payments.set(command[1].equals("down"), Integer.parseInt(command[2]));
                    case "cluster" -> payments.printCluster();
                    case "status" -> {
                        VersionedPolicy policy = hms.registry().policy("inventory");
                        out.println("@@ status " + (coordinator.isLeader() ? "leader" : "follower") + " "
                                + policy.version() + " " + policy.policy().guard().breaker().openDuration().toMillis()
                                + " " + payments.status());
                    }
                    default -> out.println("[" + name + "] unknown command: " + line);
                }
            }
        } finally {
            payments.close();
            coordinator.close();
        }
        System.exit(0);
    }

    private static void promote(Hms hms, String name, long openMillis, PrintStream out) {
        VersionedPolicy current = hms.registry().policy("inventory");
        ComponentPolicy tuned = current.policy().withGuard(current.policy().guard().withBreaker(
                current.policy().guard().breaker().withOpenDuration(Duration.ofMillis(openMillis))));
        try {
            PatchResult result = hms.configurator().apply(PolicyPatch.of("inventory", current.version(), tuned,
                    "operator:demo", "breaker open duration " + openMillis + " ms")).get(15, TimeUnit.SECONDS);
            out.println("[" + name + "] " + (result.promoted() ? "promoted" : "did not promote") + " patch "
                    + result.patchId() + ": " + result.detail());
        } catch (Exception e) {
            out.println("[" + name + "] the patch failed: " + e);
        }
    }
}
