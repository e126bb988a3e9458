package io.hms.prover.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.prover.corpus.Corpus;
import io.hms.prover.corpus.Tier;
import io.hms.prover.cvc5.Cvc5ProverProvider;
import io.hms.prover.spi.Budget;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Verdict;
import io.hms.prover.store.JdbcTheoremStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every build re-proves the quick part of the corpus with Z3 in worker processes, cross-checked by cvc5 where it
 * is installed (CI installs it), and fails on any theorem that does not get its expected verdict or on which the
 * backends disagree. The whole corpus runs in {@code -Pcorpus}.
 */
class CorpusRegressionTest {
    @Test
    void theQuickCorpusIsProvedAsExpectedAndTheBackendsAgree() {
        Cvc5ProverProvider cvc5 = new Cvc5ProverProvider();
        if (System.getenv("CI") != null) {
            assertThat(cvc5.unavailable()).as("CI cross-checks with cvc5: .ci/run installs it").isEmpty();
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        List<ProofOutcome> outcomes;
        try (JdbcTheoremStore store = JdbcTheoremStore.inMemory("regression")) {
            ProverSupervisor.Builder builder = ProverSupervisor.builder().store(store).agents(2).meterRegistry(meters)
                    .budget(Budget.of(Duration.ofSeconds(10)));
            if (cvc5.unavailable().isEmpty()) {
                builder.crossCheck(cvc5);
            }
            try (ProverSupervisor provers = builder.build().start()) {
                outcomes = provers.proveAll(Corpus.builtIn().tier(Tier.QUICK));
            }
        }

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(30);
        assertThat(outcomes.stream().filter(o -> !o.asExpected() || o.disagreement()).map(o -> o.theorem().id()
                + ": expected " + o.theorem().expected() + ", got " + o.results().stream()
                .map(r -> r.backend() + " " + r.verdict() + " in " + r.time().toMillis() + " ms " + r.detail()).toList()))
                .as("theorems not proved as expected").isEmpty();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.primary().backend()).isEqualTo("z3"));
        assertThat(outcomes.stream().map(ProofOutcome::primary).filter(r -> r.verdict() == Verdict.REFUTED)
                .map(ProofResult::evidence)).allSatisfy(e -> assertThat(e.model()).isNotEmpty());
        assertThat(meters.get("hms.prover.proofs").tag("backend", "z3").counters().stream()
                .mapToDouble(c -> c.count()).sum()).isEqualTo(outcomes.size());
    }
}
