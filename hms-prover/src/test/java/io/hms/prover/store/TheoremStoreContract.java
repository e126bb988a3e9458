package io.hms.prover.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.prover.spi.Evidence;
import io.hms.prover.spi.ProofMsg;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.TheoremStore;
import io.hms.prover.spi.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every theorem store does, run against each database. */
abstract class TheoremStoreContract {
    static final Theorem WALRAS_1 = new Theorem("walras", 1, "general-equilibrium", "Walras' law", "MWG 17.B",
            Verdict.PROVED, "(assert false)\n");
    static final Theorem WALRAS_2 = new Theorem("walras", 2, "general-equilibrium", "Walras' law", "MWG 17.B",
            Verdict.PROVED, "(declare-const p Real)\n(assert (< p p))\n");
    static final Theorem CONDORCET = new Theorem("condorcet", 1, "social-choice", "majority is transitive",
            "Condorcet 1785", Verdict.REFUTED, "(assert true)\n");
    static final Strategy SMT = new Strategy("smt", List.of(new Strategy.Step("smt", Map.of("arith.solver", "6"), 1.0)));

    abstract TheoremStore store();

    @Test
    void keepsEveryVersionOfATheoremAndAnswersTheNewest() {
        store().save(WALRAS_1);
        store().save(WALRAS_2);
        store().save(CONDORCET);
        store().save(WALRAS_1); // again, same contents: nothing changes

        assertThat(store().versions("walras")).containsExactly(WALRAS_1, WALRAS_2);
        assertThat(store().theorem("walras")).contains(WALRAS_2);
        assertThat(store().theorems()).containsExactly(CONDORCET, WALRAS_2);
        assertThat(store().theorem("nothing")).isEmpty();
    }

    @Test
    void refusesAVersionSavedAgainWithOtherContents() {
        store().save(WALRAS_1);
        Theorem changed = new Theorem("walras", 1, "general-equilibrium", "changed", "MWG", Verdict.PROVED, "(assert false)");

        assertThatThrownBy(() -> store().save(changed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("save the change as version 2");
        assertThat(store().versions("walras")).containsExactly(WALRAS_1);
    }

    @Test
    void recordsEveryAttemptWholeAndInOrder() {
        ProofResult timedOut = result("j1", Verdict.TIMED_OUT, Strategy.backendDefault(), Evidence.none());
        ProofResult proved = result("j2", Verdict.PROVED, SMT, new Evidence(List.of("assert-1"), "", Map.of()));

        store().record(WALRAS_2, timedOut);
        store().record(WALRAS_2, proved);

        assertThat(store().attempts("walras")).containsExactly(timedOut, proved);
        assertThat(store().theorem("walras")).contains(WALRAS_2); // recording saves the theorem it was made on
        assertThatThrownBy(() -> store().record(CONDORCET, proved)).hasMessageContaining("not 'condorcet'");
    }

    @Test
    void keepsTheBestStrategyOfAFamily() {
        assertThat(store().bestStrategy("social-choice")).isEmpty();

        store().bestStrategy("social-choice", Strategy.backendDefault(), 3.0);
        store().bestStrategy("social-choice", SMT, 5.5);

        assertThat(store().bestStrategy("social-choice")).contains(SMT);
    }

    static ProofResult result(String job, Verdict verdict, Strategy strategy, Evidence evidence) {
        return new ProofResult(ProofMsg.FORMAT, job, "walras", verdict, Duration.ofMillis(1234), 5678, "z3", "4.14.1",
                strategy, evidence, verdict == Verdict.TIMED_OUT ? "canceled" : "");
    }
}
