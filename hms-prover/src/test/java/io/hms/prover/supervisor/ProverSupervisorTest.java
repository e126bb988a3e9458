package io.hms.prover.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.prover.spi.Budget;
import io.hms.prover.spi.Evidence;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofMsg;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Prover;
import io.hms.prover.spi.ProverProvider;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.Verdict;
import io.hms.prover.store.JdbcTheoremStore;
import io.hms.prover.worker.WorkerCommand;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The supervisor's bookkeeping with provers in this process: verdicts together, meters, refusals. */
class ProverSupervisorTest {
    static final Theorem THEOREM = new Theorem("t", 1, "test", "a test theorem", "test", Verdict.PROVED,
            "(assert false)");

    /** A backend that answers every job with {@code verdict} at once. */
    record Answering(String backend, Verdict verdict) implements Prover, ProverProvider {
        @Override
        public String version() {
            return "1";
        }

        @Override
        public ProofResult prove(ProofJob job) {
            return new ProofResult(ProofMsg.FORMAT, job.jobId(), job.theoremId(), verdict, Duration.ofMillis(1), 10,
                    backend, "1", job.strategy(), Evidence.none(), "");
        }

        @Override
        public String render(Strategy strategy) {
            return strategy.name();
        }

        @Override
        public void reset() {
        }

        @Override
        public void close() {
        }

        @Override
        public Optional<String> unavailable() {
            return Optional.empty();
        }

        @Override
        public Prover create() {
            return this;
        }
    }

    @Test
    void backendsThatDisagreeRaiseAnAlarmAndSettleNothing() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (JdbcTheoremStore store = JdbcTheoremStore.inMemory("disagree");
             ProverSupervisor provers = ProverSupervisor.builder().store(store).agents(1).meterRegistry(meters)
                     .provers((agent, progress) -> new Answering("one", Verdict.PROVED))
                     .crossCheck(new Answering("two", Verdict.REFUTED)).build().start()) {
            ProofOutcome outcome = provers.prove(THEOREM);

            assertThat(outcome.disagreement()).isTrue();
            assertThat(outcome.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(outcome.asExpected()).isFalse();
            assertThat(outcome.results()).extracting(ProofResult::backend).containsExactly("one", "two");
            assertThat(store.attempts("t")).hasSize(2);
            assertThat(meters.get("hms.prover.disagreements").counter().count()).isEqualTo(1.0);
            assertThat(meters.get("hms.prover.proofs").tag("backend", "one").tag("verdict", "proved").counter().count())
                    .isEqualTo(1.0);
            assertThat(meters.get("hms.prover.agents.healthy").gauge().value()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aBackendThatProvesWhereTheOtherGivesUpSettlesTheTheorem() {
        try (JdbcTheoremStore store = JdbcTheoremStore.inMemory("settle");
             ProverSupervisor provers = ProverSupervisor.builder().store(store).agents(2)
                     .provers((agent, progress) -> new Answering("one", Verdict.TIMED_OUT))
                     .crossCheck(new Answering("two", Verdict.PROVED)).build().start()) {
            ProofOutcome outcome = provers.prove(THEOREM);

            assertThat(outcome.verdict()).isEqualTo(Verdict.PROVED);
            assertThat(outcome.asExpected()).isTrue();
            assertThat(outcome.disagreement()).isFalse();
            assertThat(provers.agents()).containsExactly("prover-1", "prover-2");
        }
    }

    @Test
    void aJobCountsAsSlowOnlyPastTheLargestBudgetAndItsGrace() {
        try (JdbcTheoremStore store = JdbcTheoremStore.inMemory("slow");
             ProverSupervisor provers = ProverSupervisor.builder().store(store).agents(1)
                     .maxBudget(Duration.ofSeconds(30)).grace(Duration.ofSeconds(2))
                     .provers((agent, progress) -> new Answering("one", Verdict.PROVED)).build().start()) {
            var breaker = provers.hms().registry().policy("prover-1").policy().guard().breaker();

            assertThat(breaker.slowCallDuration()).isEqualTo(Duration.ofSeconds(32));
        }
    }

    @Test
    void refusesWhatItCannotDoNamingTheFix() {
        assertThatThrownBy(() -> ProverSupervisor.builder().build()).hasMessageContaining("call store(...)");
        assertThatThrownBy(() -> ProverSupervisor.builder().agents(0)).hasMessageContaining("at least 1 agent");
        try (JdbcTheoremStore store = JdbcTheoremStore.inMemory("refuse")) {
            assertThatThrownBy(() -> ProverSupervisor.builder().store(store).budget(Budget.of(Duration.ofMinutes(5)))
                    .build()).hasMessageContaining("over maxBudget");
            try (ProverSupervisor provers = ProverSupervisor.builder().store(store).agents(1)
                    .provers((agent, progress) -> new Answering("one", Verdict.PROVED)).build().start()) {
                assertThatThrownBy(() -> provers.submit(THEOREM, null, Budget.of(Duration.ofMinutes(5))))
                        .hasMessageContaining("raise maxBudget");
            }
            assertThatThrownBy(() -> ProverSupervisor.builder().store(store).agents(1).backend("no-such-backend")
                    .worker(WorkerCommand.sameJvm()).build().start())
                    .hasMessageContaining("no prover for backend 'no-such-backend'");
        }
    }
}
