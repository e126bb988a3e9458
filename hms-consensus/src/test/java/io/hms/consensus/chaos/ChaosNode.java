package io.hms.consensus.chaos;

import io.hms.api.ComponentSpec;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.PolicyPatch;
import io.hms.api.spi.LockLease;
import io.hms.api.spi.RegistryMutation;
import io.hms.consensus.RaftConfig;
import io.hms.consensus.RaftCoordinator;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One node of a cluster under test, in its own JVM: runs a {@link RaftCoordinator} (with chaos faults
 * enabled) and answers a line protocol on stdin/stdout, so that a test can drive it and kill it.
 *
 * <p>Arguments: {@code address peers(comma-separated) dataDirectory [runtime] [requestMs=<ms>] [shared=<url>] [healed=<url> [leaseMs=<ms>]]}; with
 * {@code runtime}, an HMS runtime runs on the coordinator too, with a component {@value #PATCHED} that the
 * patch requests change through its configurator; {@code requestMs} is the coordinator's request timeout
 * (3000 by default); {@code healed} adds a component every node repairs ({@link HealedComponent}) with the
 * healer's lock lease {@code leaseMs}. Requests, one a line,
 * {@code <id> <verb> [arg]}; each answered by {@code @@ <id> OK [result]} or {@code @@ <id> ERR <why>}:
 * <ul>
 *   <li>{@code W v} — commits a policy version of component {@value #REGISTER} whose source is {@code v};</li>
 *   <li>{@code R} — the register's value after a linearizable {@link RaftCoordinator#sync() sync}
 *       ({@code -} before any write);</li>
 *   <li>{@code LOG} — every value written, in the order this node applied them, comma-separated;</li>
 *   <li>{@code ROLE} — {@code leader} or {@code follower};</li>
 *   <li>{@code ISOLATE} / {@code HEAL} — partitions this node from the others, or heals it (chaos);</li>
 *   <li>{@code VERSION} — the version of {@value #PATCHED}'s policy this node's registry holds, without
 *       syncing; {@code SYNCVERSION} the same after a linearizable {@link RaftCoordinator#sync() sync};</li>
 *   <li>{@code PATCH base tag} — applies a patch with id {@code tag} on {@code base} through the runtime's
 *       configurator; answers {@code <version> <source>} of the version it promoted, or ERR with why;</li>
 *   <li>{@code PATCHLOG} — every commit of {@value #PATCHED} this node applied, in log order, as
 *       {@code version:source}, comma-separated;</li>
 *   <li>{@code CALLS n} — calls the shared dependency (option {@code shared=<url>}: an HTTP endpoint every
 *       node calls through the guard of {@value SharedCaller#SHARED}, whose breaker follows the cluster) n times
 *       a second, 0 to stop; {@code BREAKER} — that breaker's {@code state held timesHeld};</li>
 *   <li>{@code LOCK name holder requestId} — takes the lock for a minute under that request id; answers
 *       the token, or {@code -} when not granted; {@code UNLOCK name holder token} releases it;
 *       {@code LEASE name requestId} — the token granted to that request if it is the lock's current
 *       grant, read linearizably, or {@code -}.</li>
 * </ul>
 * {@code @@ READY} is printed once the node runs. The node exits when stdin closes or on SIGTERM;
 * SIGKILL is what the tests use to crash it.
 */
public final class ChaosNode {

    /** The component whose latest policy commit holds the register's value (its {@code source}). */
    public static final String REGISTER = "register";

    /** The component the patch requests change. */
    public static final String PATCHED = "patched";

    private final RaftCoordinator coordinator;
    private final Hms runtime;
    private final SharedCaller shared;
    private final List<String> values = new CopyOnWriteArrayList<>();
    private final List<String> patchLog = new CopyOnWriteArrayList<>();
    private final Executor locks = Executors.newVirtualThreadPerTaskExecutor();
    private final PrintStream out;

    private ChaosNode(RaftCoordinator coordinator, Hms runtime, SharedCaller shared, PrintStream out) {
        this.coordinator = coordinator;
        this.runtime = runtime;
        this.shared = shared;
        this.out = out;
        coordinator.onCommit(mutation -> {
            if (mutation instanceof RegistryMutation.PolicyCommit commit && commit.component().equals(REGISTER)) {
                values.add(commit.source());
            }
            if (mutation instanceof RegistryMutation.PolicyCommit commit && commit.component().equals(PATCHED)) {
                patchLog.add(commit.version() + ":" + commit.source());
            }
        });
    }

    /** Runs a node until stdin closes. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err);
        RaftConfig config = RaftConfig.builder().address(args[0]).peers(List.of(args[1].split(",")))
                .dataDirectory(Path.of(args[2])).electionTimeout(Duration.ofMillis(Long.getLong("electionMs", RaftConfig.DEFAULT_ELECTION_TIMEOUT_MILLIS)))
                .requestTimeout(Duration.ofMillis(option(args, "requestMs=", 3000))).chaosFaults(true).build();
        RaftCoordinator coordinator = RaftCoordinator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(coordinator::close, "hms-chaos-node-shutdown"));
        String sharedUrl = stringOption(args, "shared=");
        SharedCaller shared = sharedUrl == null ? null : new SharedCaller(sharedUrl, args[0]);
        Hms runtime = null;
        String healedUrl = stringOption(args, "healed=");
        if (List.of(args).contains("runtime") || shared != null || healedUrl != null) {
            HmsBuilder builder = Hms.builder().coordinator(coordinator).discoverPlugins(false)
                    .component(ComponentSpec.of(PATCHED));
            if (healedUrl != null) {
                HealedComponent.addTo(builder, healedUrl, args[0], Duration.ofMillis(option(args, "leaseMs=", 15_000)));
            }
            runtime = (shared != null ? SharedCaller.addTo(builder) : builder).build();
            if (shared != null) {
                shared.watch(runtime);
            }
            runtime.start();
        }
        ChaosNode node = new ChaosNode(coordinator, runtime, shared, out);
        out.println("@@ READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            node.handle(line.trim().split(" ", 3));
        }
        coordinator.close();
        System.exit(0);
    }

    private static String stringOption(String[] args, String prefix) {
        for (int i = 3; i < args.length; i++) {
            if (args[i].startsWith(prefix)) {
                return args[i].substring(prefix.length());
            }
        }
        return null;
    }

    private static long option(String[] args, String prefix, long fallback) {
        for (int i = 3; i < args.length; i++) {
            if (args[i].startsWith(prefix)) {
                return Long.parseLong(args[i].substring(prefix.length()));
            }
        }
        return fallback;
    }

    private void handle(String[] request) {
        try {
            dispatch(request);
        } catch (RuntimeException e) {
            reply(request[0], "ERR " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
    }

    private void dispatch(String[] request) {
        String id = request[0];
        switch (request.length > 1 ? request[1] : "") {
            case "W" -> answer(id, coordinator.commit(new RegistryMutation.PolicyCommit(REGISTER,
                    ComponentPolicy.defaults(), request[2])).thenApply(index -> ""));
            case "R" -> answer(id, coordinator.sync().thenApply(v -> values.isEmpty() ? "-" : values.getLast()));
            case "LOG" -> reply(id, "OK " + String.join(",", values));
            case "ROLE" -> reply(id, "OK " + (coordinator.isLeader() ? "leader" : "follower"));
            case "ISOLATE" -> act(id, coordinator.clusterFaults()::isolateNode);
            case "HEAL" -> act(id, coordinator.clusterFaults()::healNode);
            case "VERSION" -> reply(id, "OK " + runtime().registry().policy(PATCHED).version());
            case "SYNCVERSION" -> answer(id, coordinator.sync()
                    .thenApply(v -> String.valueOf(runtime().registry().policy(PATCHED).version())));
            case "PATCH" -> patch(id, request[2].split(" "));
            case "PATCHLOG" -> reply(id, "OK " + String.join(",", patchLog));
            case "LOCK" -> lock(id, request[2].split(" "));
            case "UNLOCK" -> unlock(id, request[2].split(" "));
            case "LEASE" -> answer(id, coordinator.lease(request[2].split(" ")[0], request[2].split(" ")[1])
                    .thenApply(ChaosNode::token), 20);
            case "CALLS" -> act(id, () -> shared().rate(Integer.parseInt(request[2])));
            case "BREAKER" -> reply(id, "OK " + shared().breaker());
            default -> reply(id, "ERR unknown request " + String.join(" ", request));
        }
    }

    private void lock(String id, String[] nameHolderRequest) {
        // tryLock blocks while it retries: off the thread that reads requests
        answer(id, CompletableFuture.supplyAsync(() -> token(coordinator.tryLock(nameHolderRequest[0],
                nameHolderRequest[1], Duration.ofMinutes(1), nameHolderRequest[2])), locks), 30);
    }

    private void unlock(String id, String[] nameHolderToken) {
        coordinator.unlock(new LockLease(nameHolderToken[0], nameHolderToken[1], Long.parseLong(nameHolderToken[2]),
                Instant.EPOCH));
        reply(id, "OK");
    }

    private static String token(Optional<LockLease> lease) {
        return lease.map(l -> String.valueOf(l.token())).orElse("-");
    }

    private SharedCaller shared() {
        if (shared == null) {
            throw new IllegalStateException("this node calls no shared dependency; start it with shared=<url>");
        }
        return shared;
    }

    private Hms runtime() {
        if (runtime == null) {
            throw new IllegalStateException("this node runs no HMS runtime; start it with the argument 'runtime'");
        }
        return runtime;
    }

    private void patch(String id, String[] baseAndTag) {
        PolicyPatch patch = new PolicyPatch(baseAndTag[1], PATCHED, Long.parseLong(baseAndTag[0]),
                ComponentPolicy.defaults(), "writer", "concurrent writers");
        answer(id, runtime().configurator().apply(patch).thenApply(result -> result.version()
                .map(v -> v.version() + " " + v.source()).orElse("not promoted: " + result.detail())), 20);
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
        answer(id, result, 5);
    }

    private void answer(String id, CompletionStage<String> result, int timeoutSeconds) {
        result.toCompletableFuture().orTimeout(timeoutSeconds, TimeUnit.SECONDS).whenComplete((value, error) -> reply(id,
                error == null ? ("OK " + value).trim() : "ERR " + String.valueOf(error.getMessage()).replace('\n', ' ')));
    }

    private void reply(String id, String text) {
        synchronized (out) {
            out.println("@@ " + id + " " + text);
        }
    }
}
