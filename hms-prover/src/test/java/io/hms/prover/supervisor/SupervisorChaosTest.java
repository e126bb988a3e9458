package io.hms.prover.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.event.IncidentClosed;
import io.hms.api.event.IncidentOpened;
import io.hms.api.event.RepairAttempted;
import io.hms.prover.spi.Budget;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.Verdict;
import io.hms.prover.store.JdbcTheoremStore;
import io.hms.prover.worker.ProcessProver;
import io.hms.prover.worker.WorkerCommand;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chaos on the prover swarm with real worker processes: an agent killed mid-proof, a solver that hangs, a frozen
 * worker, a corrupt strategy. No job is lost and the supervisor heals. Deadlines are generous: they hold on a
 * loaded machine, and a passing run takes a fraction of them.
 */
class SupervisorChaosTest {
    static final String CONTRADICTION = "(declare-const b Bool)\n(assert (and b (not b)))\n";
    static final Duration DEADLINE = Duration.ofSeconds(60);

    JdbcTheoremStore store;
    ProverSupervisor supervisor;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    ProverSupervisor start(TestInfo test, int agents, WorkerCommand worker) {
        store = JdbcTheoremStore.inMemory("chaos-" + test.getTestMethod().orElseThrow().getName());
        supervisor = ProverSupervisor.builder().store(store).agents(agents).backend("chaos").worker(worker)
                .grace(Duration.ofSeconds(1)).healthInterval(Duration.ofMillis(500)).meterRegistry(meters).seed(7)
                .build().start();
        return supervisor;
    }

    @AfterEach
    void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static Theorem theorem(String id, String family, String chaos) {
        return new Theorem(id, 1, family, "a contradiction is refuted", "test", Verdict.PROVED,
                CONTRADICTION + (chaos.isEmpty() ? "" : "; chaos: " + chaos + "\n"));
    }

    @Test
    void anAgentKilledMidProofLosesNoJob(TestInfo test, @TempDir Path dir) {
        start(test, 2, WorkerCommand.sameJvm());
        Theorem diesOnce = theorem("dies-once", "test", "die-once " + dir.resolve("died"));

        ProofOutcome outcome = supervisor.submit(diesOnce, null, Budget.of(Duration.ofSeconds(20)))
                .orTimeout(DEADLINE.toSeconds(), TimeUnit.SECONDS).join();

        assertThat(outcome.verdict()).isEqualTo(Verdict.PROVED);
        assertThat(dir.resolve("died")).exists(); // the first attempt's worker did die
        assertThat(store.attempts("dies-once")).extracting(r -> r.verdict()).containsExactly(Verdict.PROVED);
    }

    @Test
    void aSolverThatHangsIsStoppedAndTheAgentServesTheNextJob(TestInfo test) {
        start(test, 1, WorkerCommand.sameJvm());

        ProofOutcome hung = supervisor.submit(theorem("hangs", "test", "hang"), null, Budget.of(Duration.ofSeconds(1)))
                .orTimeout(DEADLINE.toSeconds(), TimeUnit.SECONDS).join();
        ProofOutcome next = supervisor.submit(theorem("after", "test", ""), null, Budget.of(Duration.ofSeconds(20)))
                .orTimeout(DEADLINE.toSeconds(), TimeUnit.SECONDS).join();

        assertThat(hung.verdict()).isEqualTo(Verdict.TIMED_OUT);
        assertThat(hung.primary().detail()).contains("killed");
        assertThat(next.verdict()).isEqualTo(Verdict.PROVED);
        assertThat(store.attempts("hangs")).hasSize(1);
    }

    @Test
    void aFrozenWorkerOpensAnIncidentThatTheHealerCloses(TestInfo test) throws Exception {
        List<Object> events = new CopyOnWriteArrayList<>();
        start(test, 1, WorkerCommand.sameJvm());
        supervisor.hms().events().subscribe(IncidentOpened.class, events::add);
        supervisor.hms().events().subscribe(RepairAttempted.class, events::add);
        CountDownLatch closed = new CountDownLatch(1);
        supervisor.hms().events().subscribe(IncidentClosed.class, e -> {
            events.add(e);
            closed.countDown();
        });
        ProcessProver prover = (ProcessProver) supervisor.prover("prover-1").orElseThrow();
        assertThat(supervisor.prove(theorem("warm", "test", "")).verdict()).isEqualTo(Verdict.PROVED);

        new ProcessBuilder("kill", "-STOP", Long.toString(prover.pid())).start().waitFor();
        CompletableFuture<ProofOutcome> meanwhile = supervisor.submit(theorem("meanwhile", "test", ""), null,
                Budget.of(Duration.ofSeconds(5)));

        assertThat(meanwhile.orTimeout(DEADLINE.toSeconds(), TimeUnit.SECONDS).join().verdict()).isIn(Verdict.PROVED,
                Verdict.TIMED_OUT); // answered either way: never lost
        assertThat(closed.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("an incident closed").isTrue();
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(IncidentOpened.class));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(IncidentClosed.class));
        assertThat(supervisor.prove(theorem("after", "test", "")).verdict()).isEqualTo(Verdict.PROVED);
    }

    @Test
    void aCorruptStrategyIsReplacedAfterFailingItsFamily(TestInfo test) {
        start(test, 1, WorkerCommand.sameJvm());
        Strategy corrupt = new Strategy("corrupt", List.of(new Strategy.Step("no-such-tactic", Map.of(), 1.0)));
        store.bestStrategy("fragile", corrupt, 1.0);

        List<Verdict> verdicts = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            verdicts.add(supervisor.prove(theorem("fragile-" + i, "fragile", "")).verdict());
        }

        assertThat(verdicts.subList(0, 3)).containsOnly(Verdict.CRASHED);
        assertThat(verdicts.get(3)).isEqualTo(Verdict.PROVED);
        assertThat(supervisor.strategies("fragile").getFirst()).isNotEqualTo(corrupt);
        assertThat(meters.get("hms.prover.strategy.replaced").counter().count()).isEqualTo(1.0);
    }
}
