package io.hms.cli;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.event.HealthChanged;
import io.hms.api.policy.ComponentPolicy;
import io.hms.core.Hms;
import io.hms.core.admin.AdminOptions;
import io.hms.core.chaos.ChaosOptions;
import io.hms.core.configurator.ConfiguratorOptions;
import io.hms.ga.OptimizerAgent;
import io.hms.ga.OptimizerAgentOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A real host for the command line to talk to: the admin API on a loopback port with a token file, chaos on,
 * the GA optimizer (asked for runs only), a short canary, and steady traffic to {@code payments} from a thread
 * of its own (a dependency of 2 ms that fails one call in five), so runs have a trace and canaries have calls.
 */
final class CliHost implements AutoCloseable {

    static final String TOKEN = "cli-test-token-0123456789abcdef";

    final Hms hms;
    final Path tokenFile;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread traffic;

    CliHost(Path dir) throws Exception {
        tokenFile = Files.writeString(dir.resolve("admin.token"), TOKEN);
        hms = Hms.builder().discoverPlugins(false)
                .component(ComponentSpec.of("payments").withPolicy(ComponentPolicy.defaults()))
                .healthCheck("payments", "ping", Health::up)
                .component("inventory").healthCheck("inventory", "ping", Health::up)
                .chaos(ChaosOptions.enabled())
                .configurator(ConfiguratorOptions.defaults().withCanary(0.5, Duration.ofSeconds(2))
                        .withMinCanaryCalls(20))
                .optimizer(OptimizerAgent.create(OptimizerAgentOptions.builder().period(Duration.ofHours(1))
                        .populationSize(8).evaluationBudget(48).minTraceCalls(50).randomSeed(3).build()))
                .admin(AdminOptions.builder().token(TOKEN).build())
                .build().start();
        traffic = Thread.ofVirtual().name("cli-host-traffic").start(this::traffic);
        for (String component : List.of("payments", "inventory")) {
            awaitUp(component);
        }
    }

    /** Waits (at most 30 s, for a loaded machine) until {@code component}'s health is UP, as the tests expect. */
    private void awaitUp(String component) throws Exception {
        var up = hms.events().next(HealthChanged.class, e -> e.component().equals(component)
                && e.current().status() == HealthStatus.UP);
        if (hms.health(component).status() != HealthStatus.UP) {
            up.get(30, TimeUnit.SECONDS);
        }
        up.cancel(false);
    }

    private void traffic() {
        while (running.get()) {
            try {
                hms.guard("payments").call(() -> {
                    LockSupport.parkNanos(2_000_000L);
                    if (ThreadLocalRandom.current().nextInt(5) == 0) {
                        throw new IllegalStateException("payment declined");
                    }
                    return "ok";
                });
            } catch (RuntimeException refusedOrFailed) {
                // the traffic goes on, as callers' would
            }
        }
    }

    String url() {
        return hms.admin().orElseThrow().uri().toString();
    }

    /** {@code hms} against this host: its exit status, standard output and error. */
    Result hms(String... args) {
        List<String> all = new ArrayList<>(List.of("--url", url(), "--token-file", tokenFile.toString(), "--no-color"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** {@code hms} with exactly {@code args}. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HmsCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(status, out.toString(), err.toString());
    }

    /** What a command printed, and its exit status. */
    record Result(int status, String out, String err) {
    }

    @Override
    public void close() {
        running.set(false);
        try {
            traffic.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        hms.close();
    }
}
