package io.hms.prover.cvc5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hms.prover.corpus.Corpus;
import io.hms.prover.spi.Budget;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Prover;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cvc5 binary for real (CI installs it; elsewhere these run where it is installed). */
class Cvc5ProverTest {
    Prover cvc5;

    @BeforeEach
    void cvc5() {
        Cvc5ProverProvider provider = new Cvc5ProverProvider();
        assumeTrue(provider.unavailable().isEmpty() || System.getenv("CI") != null, "cvc5 is not installed");
        cvc5 = provider.create();
    }

    ProofResult prove(String statement, Duration wallTime) {
        return cvc5.prove(ProofJob.of("j", "t", statement, Strategy.backendDefault(), Budget.of(wallTime)));
    }

    @Test
    void provesRefutesWithAModelAndSaysWhichVersion() {
        ProofResult proved = prove("(declare-const b Bool)\n(assert (and b (not b)))\n", Duration.ofSeconds(10));
        ProofResult refuted = prove("(declare-const x Int)\n(assert (> x 41))\n", Duration.ofSeconds(10));

        assertThat(proved.verdict()).isEqualTo(Verdict.PROVED);
        assertThat(refuted.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(refuted.evidence().model()).containsKey("x");
        assertThat(cvc5.version()).matches("\\d+\\.\\d+.*");
        assertThat(cvc5.render(Strategy.backendDefault())).startsWith("default");
    }

    @Test
    void aTimeLimitReachedIsATimeOutAndBadInputACrashNamingIt() {
        String hard = Corpus.builtIn().theorem("first-welfare-linear-2x2").orElseThrow().encoding();

        assertThat(prove(hard, Duration.ofMillis(300)).verdict()).isEqualTo(Verdict.TIMED_OUT);
        ProofResult bad = prove("(assert (> x 0))\n", Duration.ofSeconds(10));
        assertThat(bad.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(bad.detail()).contains("cvc5 answered");
    }
}
