package io.hms.prover.supervisor;

import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.prover.evolve.StrategySpace;
import io.hms.prover.spi.Budget;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Prover;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Verdict;
import io.hms.prover.worker.ProcessProver;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * One prover agent: a component of the supervisor's HMS host, holding a {@link Prover} (a worker process by
 * default) and the strategy it uses for each family. It proves one job at a time; its health check and repairs
 * take their turn between jobs, and act on the worker process from outside when a job holds it too long.
 */
final class ProverAgent implements AutoCloseable {
    /** A query every backend answers at once: a contradiction. */
    static final String TRIVIAL = "(declare-const hms_ping Bool)\n(assert (and hms_ping (not hms_ping)))\n";
    private static final Duration SILENCE_ALLOWED = Duration.ofSeconds(3);

    private final String name;
    private final Supplier<Prover> provers;
    private final Duration pingBudget;
    private final RandomGenerator random;
    private final ReentrantLock turn = new ReentrantLock();
    private final Map<String, Strategy> strategies = new ConcurrentHashMap<>();
    private final Map<String, Integer> unsettledInARow = new ConcurrentHashMap<>();
    private final AtomicLong pings = new AtomicLong();
    private volatile Prover prover;

    ProverAgent(String name, Supplier<Prover> provers, Duration pingBudget, RandomGenerator random) {
        this.name = name;
        this.provers = provers;
        this.pingBudget = pingBudget;
        this.random = random;
        this.prover = provers.get();
    }

    String name() {
        return name;
    }

    Prover prover() {
        return prover;
    }

    /** The strategy this agent uses for {@code family}, or {@code fallback} when it has none of its own. */
    Strategy strategy(String family, Strategy fallback) {
        return strategies.getOrDefault(family, fallback);
    }

    void adopt(String family, Strategy strategy) {
        strategies.put(family, strategy);
        unsettledInARow.remove(family);
    }

    /** Counts a result for its family; the number of unsettled results in a row there after it. */
    int count(String family, ProofResult result) {
        if (result.settled()) {
            unsettledInARow.remove(family);
            return 0;
        }
        return unsettledInARow.merge(family, 1, Integer::sum);
    }

    /**
     * Proves {@code job}, waiting for the agent's turn.
     *
     * @throws AgentCrashedException when the worker died under the job, so the guard retries it
     */
    ProofResult prove(ProofJob job) {
        turn.lock();
        try {
            ProofResult result = prover.prove(job);
            if (result.verdict() == Verdict.CRASHED && ProcessProver.workerDied(result)) {
                throw new AgentCrashedException(name, result);
            }
            return result;
        } finally {
            turn.unlock();
        }
    }

    /**
     * UP when a trivial query is proved in time; while a job runs, UP when its worker spoke within the last
     * seconds (a busy worker sends progress every second).
     */
    Health check() throws InterruptedException {
        if (!turn.tryLock()) {
            if (prover instanceof ProcessProver process && process.silence().compareTo(SILENCE_ALLOWED) > 0) {
                return Health.down("silent for " + process.silence().toSeconds() + " s while proving");
            }
            return Health.up();
        }
        try {
            return ping();
        } finally {
            turn.unlock();
        }
    }

    private Health ping() {
        ProofResult r = prover.prove(ProofJob.of(name + "-ping-" + pings.incrementAndGet(), "hms-ping", TRIVIAL,
                Strategy.backendDefault(), Budget.of(pingBudget)));
        return r.verdict() == Verdict.PROVED ? Health.up()
                : Health.down("the trivial query ended " + r.verdict() + (r.detail().isEmpty() ? "" : ": " + r.detail()));
    }

    /** Level 1: resets the prover's solver state; verified by a trivial query. */
    boolean resetContext(Duration wait) throws InterruptedException {
        return withTurn(wait, () -> prover.reset());
    }

    /** Level 2: a fresh worker process (or a fresh prover); verified by a trivial query. */
    boolean restart(Duration wait) throws InterruptedException {
        return withTurn(wait, this::renew);
    }

    /** Level 3: every strategy of this agent mutated, and a fresh worker; verified by a trivial query. */
    boolean replaceStrategies(Duration wait) throws InterruptedException {
        return withTurn(wait, () -> {
            strategies.replaceAll((family, s) -> StrategySpace.mutate(s, random));
            unsettledInARow.clear();
            renew();
        });
    }

    private void renew() {
        if (prover instanceof ProcessProver process) {
            process.restart();
        } else {
            prover.close();
            prover = provers.get();
        }
    }

    /** Runs {@code repair} in the agent's turn; a job holding the turn too long has its worker killed. */
    private boolean withTurn(Duration wait, Runnable repair) throws InterruptedException {
        if (!turn.tryLock(wait.toMillis() / 2, TimeUnit.MILLISECONDS)) {
            if (prover instanceof ProcessProver process) {
                process.kill(); // the job ends as a crash and is retried elsewhere
            }
            if (!turn.tryLock(wait.toMillis() / 2, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        try {
            repair.run();
            return ping().status() == HealthStatus.UP;
        } finally {
            turn.unlock();
        }
    }

    @Override
    public void close() {
        prover.close();
    }
}
