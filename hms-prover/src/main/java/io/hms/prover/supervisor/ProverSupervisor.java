package io.hms.prover.supervisor;

import io.hms.api.ComponentSpec;
import io.hms.api.HealthStatus;
import io.hms.api.event.BreakerState;
import io.hms.api.policy.BreakerPolicy;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.HealthPolicy;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.core.Hms;
import io.hms.core.HmsBuilder;
import io.hms.core.coordinator.LocalCoordinator;
import io.hms.core.time.SystemScheduler;
import io.hms.prover.evolve.StrategySpace;
import io.hms.prover.spi.Budget;
import io.hms.prover.spi.Evidence;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofMsg;
import io.hms.prover.spi.ProofProgress;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Prover;
import io.hms.prover.spi.ProverProvider;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.TheoremStore;
import io.hms.prover.spi.Verdict;
import io.hms.prover.worker.ProcessProver;
import io.hms.prover.worker.WorkerCommand;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A swarm of prover agents supervised by HMS. Each agent is a component {@code prover-1}, {@code prover-2}, ...
 * of an HMS host the supervisor owns, with
 * <ul>
 *   <li>a health check: a trivial query proved in time (while a job runs: the worker spoke within 3 s);</li>
 *   <li>a repair ladder: reset the solver (level 1), restart the worker process (level 2), replace the agent's
 *       strategies with mutated ones and restart (level 3);</li>
 *   <li>a guard around every job: a timeout above the job's budget, retries when the worker died under the job,
 *       a breaker that stops feeding an agent that keeps failing or overrunning its budgets (a proof that takes
 *       its whole budget is not slow).</li>
 * </ul>
 * A job whose agent fails it is handed to another agent (up to three dispatches), so a solver that hangs or a
 * worker that dies loses no job; every result is recorded in the {@link TheoremStore}. An agent whose results
 * on a family stay unsettled three times in a row gets another strategy for that family: the best kept in the
 * store for it, else a mutation of its own. With a second backend ({@link Builder#crossCheck}) every theorem is
 * proved by both: proved when one proves it, and an alarm when they disagree.
 *
 * <pre>{@code
 * try (TheoremStore store = JdbcTheoremStore.h2(Path.of("theorems"));
 *      ProverSupervisor provers = ProverSupervisor.builder().store(store).agents(2).build().start()) {
 *     ProofOutcome outcome = provers.prove(Corpus.builtIn().theorem("equilibrium-hello").orElseThrow());
 * }
 * }</pre>
 */
public final class ProverSupervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProverSupervisor.class);
    private static final int MAX_DISPATCHES = 3;
    private static final int FAMILY_FAILURES = 3;

    private final Builder settings;
    private final List<ProverAgent> agents = new ArrayList<>();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicLong jobs = new AtomicLong();
    private final ProverMeters meters;
    private final Hms hms;
    private final List<Thread> dispatchers = new ArrayList<>();
    private final SystemScheduler scheduler;
    private final LocalCoordinator coordinator;
    private volatile boolean closed;

    private ProverSupervisor(Builder settings) {
        this.settings = settings;
        SplittableRandom random = new SplittableRandom(settings.seed);
        for (int i = 1; i <= settings.agents; i++) {
            String name = "prover-" + i;
            agents.add(new ProverAgent(name, () -> settings.provers.apply(name, p -> { }), settings.pingBudget,
                    random.split()));
        }
        this.meters = new ProverMeters(settings.meterRegistry, this::healthyAgents);
        // a host of its own: its own clock and a local coordinator, whatever cluster the JVM's class path offers
        this.scheduler = new SystemScheduler();
        this.coordinator = new LocalCoordinator("hms-prover", scheduler);
        HmsBuilder host = Hms.builder().runtimeName("hms-prover").meterRegistry(settings.meterRegistry)
                .scheduler(scheduler).coordinator(coordinator).discoverPlugins(false).discoverOptimizer(false);
        Duration repairTimeout = settings.maxBudget.plus(settings.grace).multipliedBy(2);
        for (ProverAgent agent : agents) {
            host.component(ComponentSpec.of(agent.name()).withPolicy(policy())
                            .withRetryOn(e -> e instanceof AgentCrashedException))
                    .healthCheck(agent.name(), "trivial-query", agent::check)
                    .repair(agent.name(), "reset-context", 1, repairTimeout, ctx -> agent.resetContext(repairTimeout))
                    .repair(agent.name(), "restart-agent", 2, repairTimeout, ctx -> agent.restart(repairTimeout))
                    .repair(agent.name(), "replace-strategy", 3, repairTimeout,
                            ctx -> agent.replaceStrategies(repairTimeout));
        }
        this.hms = host.build();
    }

    /** A builder; {@link Builder#store} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the agents' provers (their worker processes, side by side), then the host (health checks, healer)
     * and the agents' dispatch threads.
     *
     * @throws IllegalStateException when a prover cannot start, naming why (e.g. its backend is not on the class
     *                               path); nothing is left running
     */
    public ProverSupervisor start() {
        List<CompletableFuture<String>> starting = agents.stream().map(a -> CompletableFuture.supplyAsync(
                () -> a.prover().version(), r -> Thread.ofPlatform().daemon().name("hms-prover-start").start(r)))
                .toList();
        try {
            starting.forEach(CompletableFuture::join);
        } catch (java.util.concurrent.CompletionException e) {
            close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        hms.start();
        for (ProverAgent agent : agents) {
            Thread t = Thread.ofPlatform().daemon().name("hms-prover-dispatch-" + agent.name())
                    .start(() -> dispatch(agent));
            dispatchers.add(t);
        }
        return this;
    }

    /** The HMS host of the agents: their health, incidents, events and meters. */
    public Hms hms() {
        return hms;
    }

    /** The agents' names. */
    public List<String> agents() {
        return agents.stream().map(ProverAgent::name).toList();
    }

    /** The prover of agent {@code name}, for a look at it (e.g. its worker's process id). */
    public Optional<Prover> prover(String name) {
        return agents.stream().filter(a -> a.name().equals(name)).map(ProverAgent::prover).findFirst();
    }

    /** The strategy each agent uses for {@code family} now. */
    public List<Strategy> strategies(String family) {
        Strategy book = book(family);
        return agents.stream().map(a -> a.strategy(family, book)).toList();
    }

    /** Proves {@code theorem} with its family's strategy and the supervisor's budget, waiting for the outcome. */
    public ProofOutcome prove(Theorem theorem) {
        return submit(theorem, null, settings.budget).join();
    }

    /** Proves every theorem, spread over the agents, waiting for all; outcomes in the order given. */
    public List<ProofOutcome> proveAll(Collection<Theorem> theorems) {
        return proveAll(theorems, null, settings.budget);
    }

    /**
     * Proves every theorem with {@code strategy} (null: each one's family's) within {@code budget}, spread over
     * the agents, waiting for all; outcomes in the order given. What an evolution's fitness and a benchmark call.
     */
    public List<ProofOutcome> proveAll(Collection<Theorem> theorems, Strategy strategy, Budget budget) {
        List<CompletableFuture<ProofOutcome>> futures = theorems.stream().map(t -> submit(t, strategy, budget)).toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    /**
     * Submits {@code theorem}: proved with {@code strategy} (null: its family's), within {@code budget}.
     * The future completes with the outcome; it never completes exceptionally while the supervisor runs.
     */
    public CompletableFuture<ProofOutcome> submit(Theorem theorem, Strategy strategy, Budget budget) {
        Objects.requireNonNull(theorem, "theorem");
        if (closed) {
            throw new IllegalStateException("the prover supervisor is closed");
        }
        if (budget.wallTime().compareTo(settings.maxBudget) > 0) {
            throw new IllegalArgumentException("a budget of " + budget.wallTime() + " is over the supervisor's "
                    + "maxBudget " + settings.maxBudget + "; raise maxBudget in the builder");
        }
        settings.store.save(theorem);
        Pending pending = new Pending(theorem, strategy, budget, theorem.id() + "-" + jobs.incrementAndGet(),
                new CompletableFuture<>());
        queue.add(pending);
        return pending.outcome;
    }

    @Override
    public void close() {
        closed = true;
        dispatchers.forEach(Thread::interrupt);
        for (Thread t : dispatchers) {
            try {
                t.join(settings.grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        hms.close();
        coordinator.close();
        scheduler.close();
        agents.forEach(ProverAgent::close);
        for (Pending p; (p = queue.poll()) != null; ) {
            p.outcome.completeExceptionally(new IllegalStateException("the prover supervisor closed before job "
                    + p.jobId + " ran"));
        }
    }

    private ComponentPolicy policy() {
        Duration jobTimeout = settings.maxBudget.plus(settings.grace).plus(settings.grace);
        GuardPolicy guard = GuardPolicy.defaults().withTimeout(TimeoutPolicy.of(jobTimeout))
                .withRetry(RetryPolicy.defaults().withMaxAttempts(2)
                        .withBackoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(200)))
                .withBreaker(BreakerPolicy.defaults().withMinimumCalls(4).withOpenDuration(Duration.ofSeconds(5))
                        // a proof that uses its whole budget is a proof's normal cost; one that overruns it is slow
                        .withSlowCalls(100, settings.maxBudget.plus(settings.grace)));
        HealthPolicy health = HealthPolicy.defaults().withInterval(settings.healthInterval)
                .withTimeout(settings.pingBudget.plus(settings.grace).plus(settings.grace)).withHysteresis(2, 1);
        return ComponentPolicy.defaults().withHealth(health).withGuard(guard).withPlaybook(Playbook.byLevel());
    }

    private void dispatch(ProverAgent agent) {
        while (!closed) {
            if (!ready(agent)) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                continue;
            }
            Pending pending;
            try {
                pending = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (pending != null) {
                run(agent, pending);
            }
        }
    }

    private boolean ready(ProverAgent agent) {
        return hms.health(agent.name()).status() != HealthStatus.DOWN
                && hms.guard(agent.name()).breakerState() != BreakerState.OPEN;
    }

    private void run(ProverAgent agent, Pending pending) {
        Theorem theorem = pending.theorem;
        Strategy strategy = pending.strategy != null ? pending.strategy : agent.strategy(theorem.family(),
                book(theorem.family()));
        ProofJob job = new ProofJob(ProofMsg.FORMAT, pending.jobId, theorem.id(), theorem.encoding(), strategy,
                pending.budget);
        ProofResult result;
        try {
            result = hms.guard(agent.name()).call(() -> agent.prove(job));
        } catch (RuntimeException e) {
            if (closed) {
                pending.outcome.completeExceptionally(e);
                return;
            }
            pending.dispatches++;
            if (pending.dispatches < MAX_DISPATCHES) {
                meters.requeued();
                queue.add(pending);
                return;
            }
            result = new ProofResult(ProofMsg.FORMAT, job.jobId(), theorem.id(), Verdict.CRASHED, Duration.ZERO, 0,
                    settings.backend, "", strategy, Evidence.none(), "no agent finished it in " + MAX_DISPATCHES
                    + " dispatches; the last failure: " + e.getMessage());
        }
        List<ProofResult> results = new ArrayList<>();
        results.add(recorded(theorem, result));
        if (pending.strategy == null) {
            familyVerdict(agent, theorem, result);
        }
        settings.crossCheck.ifPresent(provider -> results.add(recorded(theorem, crossCheck(provider, job))));
        ProofOutcome outcome = ProofOutcome.of(theorem, results);
        if (outcome.disagreement()) {
            meters.disagreement(theorem);
            LOG.error("the backends disagree on theorem {}: {}", theorem.id(), results.stream()
                    .map(r -> r.backend() + " " + r.verdict()).toList());
        }
        pending.outcome.complete(outcome);
    }

    private ProofResult recorded(Theorem theorem, ProofResult result) {
        settings.store.record(theorem, result);
        meters.result(theorem, result);
        return result;
    }

    private ProofResult crossCheck(ProverProvider provider, ProofJob job) {
        try (Prover second = provider.create()) {
            return second.prove(new ProofJob(job.format(), job.jobId() + "-" + provider.backend(), job.theoremId(),
                    job.statement(), Strategy.backendDefault(), job.budget()));
        }
    }

    private void familyVerdict(ProverAgent agent, Theorem theorem, ProofResult result) {
        if (agent.count(theorem.family(), result) < FAMILY_FAILURES) {
            return;
        }
        Strategy current = agent.strategy(theorem.family(), book(theorem.family()));
        Strategy replacement = settings.store.bestStrategy(theorem.family()).filter(best -> !best.equals(current))
                .orElseGet(() -> StrategySpace.mutate(current, new SplittableRandom(settings.seed ^ jobs.get())));
        agent.adopt(theorem.family(), replacement);
        meters.strategyReplaced(agent.name(), theorem.family());
        LOG.info("agent {} left {} unsettled {} times in a row; it now proves that family with {}", agent.name(),
                theorem.family(), FAMILY_FAILURES, replacement.name());
    }

    private Strategy book(String family) {
        return settings.store.bestStrategy(family).orElse(Strategy.backendDefault());
    }

    private int healthyAgents() {
        int up = 0;
        for (ProverAgent agent : agents) {
            up += hms.health(agent.name()).status() == HealthStatus.UP ? 1 : 0;
        }
        return up;
    }

    /** A job waiting for an agent, and how many agents have had it. */
    private static final class Pending {
        final Theorem theorem;
        final Strategy strategy;
        final Budget budget;
        final String jobId;
        final CompletableFuture<ProofOutcome> outcome;
        int dispatches;

        Pending(Theorem theorem, Strategy strategy, Budget budget, String jobId, CompletableFuture<ProofOutcome> outcome) {
            this.theorem = theorem;
            this.strategy = strategy;
            this.budget = budget;
            this.jobId = jobId;
            this.outcome = outcome;
        }
    }

    /** How to build a {@link ProverSupervisor}. */
    public static final class Builder {
        private TheoremStore store;
        private int agents = 2;
        private String backend = "z3";
        private WorkerCommand worker = WorkerCommand.sameJvm();
        private Duration grace = Duration.ofSeconds(5);
        private Budget budget = Budget.of(Duration.ofSeconds(10));
        private Duration maxBudget = Duration.ofSeconds(60);
        private Duration pingBudget = Duration.ofSeconds(2);
        private Duration healthInterval = Duration.ofSeconds(2);
        private MeterRegistry meterRegistry = new SimpleMeterRegistry();
        private Optional<ProverProvider> crossCheck = Optional.empty();
        private BiFunction<String, Consumer<ProofProgress>, Prover> provers;
        private long seed = 1;

        private Builder() {
        }

        /** Where theorems and every result are kept; required. */
        public Builder store(TheoremStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** How many prover agents, each with a worker process; 2 by default. */
        public Builder agents(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("a supervisor needs at least 1 agent, got " + value);
            }
            this.agents = value;
            return this;
        }

        /** The backend the agents' workers load, {@code z3} by default. */
        public Builder backend(String value) {
            this.backend = Objects.requireNonNull(value, "backend");
            return this;
        }

        /** How worker processes start; {@link WorkerCommand#sameJvm()} by default. */
        public Builder worker(WorkerCommand value) {
            this.worker = Objects.requireNonNull(value, "worker");
            return this;
        }

        /** How long past its budget a job may run before its worker is killed, and a worker may take to start; 5 s. */
        public Builder grace(Duration value) {
            this.grace = Objects.requireNonNull(value, "grace");
            return this;
        }

        /** The budget of {@link #prove} and {@link #proveAll}; 10 s of wall time by default. */
        public Builder budget(Budget value) {
            this.budget = Objects.requireNonNull(value, "budget");
            return this;
        }

        /** The largest budget a job may have (the agents' guard timeout is above it); 60 s by default. */
        public Builder maxBudget(Duration value) {
            this.maxBudget = Objects.requireNonNull(value, "maxBudget");
            return this;
        }

        /** How often an idle agent is asked the trivial query; every 2 s by default. */
        public Builder healthInterval(Duration value) {
            this.healthInterval = Objects.requireNonNull(value, "healthInterval");
            return this;
        }

        /** Where the meters go; the HMS host's meters too. */
        public Builder meterRegistry(MeterRegistry value) {
            this.meterRegistry = Objects.requireNonNull(value, "meterRegistry");
            return this;
        }

        /** A second backend that proves every theorem too, e.g. cvc5; none by default. */
        public Builder crossCheck(ProverProvider value) {
            this.crossCheck = Optional.of(value);
            return this;
        }

        /** The seed of the mutations the healer makes. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * How an agent's prover is made, given the agent's name and where progress goes; a worker process of
         * {@link #backend} by default. For provers in this process (tests, a backend that cannot hang).
         */
        public Builder provers(BiFunction<String, Consumer<ProofProgress>, Prover> value) {
            this.provers = Objects.requireNonNull(value, "provers");
            return this;
        }

        /** The supervisor, not started. */
        public ProverSupervisor build() {
            if (store == null) {
                throw new IllegalStateException("a prover supervisor needs a theorem store: call store(...), e.g. "
                        + "store(JdbcTheoremStore.h2(Path.of(\"theorems\")))");
            }
            if (budget.wallTime().compareTo(maxBudget) > 0) {
                throw new IllegalArgumentException("the budget " + budget.wallTime() + " is over maxBudget " + maxBudget);
            }
            if (provers == null) {
                WorkerCommand command = worker;
                String name = backend;
                Duration g = grace;
                provers = (agent, progress) -> new ProcessProver(command, name, agent, g, progress);
            }
            return new ProverSupervisor(this);
        }
    }
}
