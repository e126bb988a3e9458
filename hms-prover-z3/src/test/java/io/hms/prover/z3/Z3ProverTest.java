package io.hms.prover.z3;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.prover.spi.Budget;
import io.hms.prover.spi.ProofJob;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.ProverProvider;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Z3ProverTest {
    /** Walras: two budgets exhausted at positive prices and market 1 cleared, market 2 not: impossible. */
    static final String WALRAS = """
            (declare-const p1 Real) (declare-const p2 Real)
            (declare-const e11 Real) (declare-const e12 Real) (declare-const e21 Real) (declare-const e22 Real)
            (declare-const x11 Real) (declare-const x12 Real) (declare-const x21 Real) (declare-const x22 Real)
            (assert (> p1 0.0))
            (assert (> p2 0.0))
            (assert (= (+ (* p1 x11) (* p2 x12)) (+ (* p1 e11) (* p2 e12))))
            (assert (= (+ (* p1 x21) (* p2 x22)) (+ (* p1 e21) (* p2 e22))))
            (assert (= (+ x11 x21) (+ e11 e21)))
            (assert (not (= (+ x12 x22) (+ e12 e22))))
            """;
    /** "Every 2-voter majority over 2 alternatives is decisive" is false: a tie. */
    static final String TIE = """
            (declare-const v1 Int) (declare-const v2 Int)
            (assert (or (= v1 1) (= v1 -1)))
            (assert (or (= v2 1) (= v2 -1)))
            (assert (= (+ v1 v2) 0))
            """;
    static final Budget TEN_SECONDS = Budget.of(Duration.ofSeconds(10));
    static final Strategy NLSAT = new Strategy("nlsat", List.of(
            new Strategy.Step("simplify", Map.of("som", "true"), 0.1),
            new Strategy.Step("qfnra-nlsat", Map.of(), 0.9)));

    final Z3Prover z3 = new Z3Prover();

    @AfterEach
    void close() {
        z3.close();
    }

    @Test
    void provesAnUnsatisfiableNegationWithItsCore() {
        ProofResult r = z3.prove(ProofJob.of("j1", "walras", WALRAS, Strategy.backendDefault(), TEN_SECONDS));

        assertThat(r.verdict()).isEqualTo(Verdict.PROVED);
        assertThat(r.backend()).isEqualTo("z3");
        assertThat(r.backendVersion()).isEqualTo("4.14.1");
        assertThat(r.resourceCount()).isPositive();
        assertThat(r.evidence().unsatCore()).containsExactly("assert-2", "assert-3", "assert-4", "assert-5",
                "assert-6"); // p1 > 0 is not needed: with p1 = 0 the second budget alone fixes good 2
        assertThat(r.jobId()).isEqualTo("j1");
        assertThat(r.theoremId()).isEqualTo("walras");
    }

    @Test
    void refutesASatisfiableNegationWithItsCounterModel() {
        ProofResult r = z3.prove(ProofJob.of("j2", "tie", TIE, Strategy.backendDefault(), TEN_SECONDS));

        assertThat(r.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(r.evidence().model()).containsOnlyKeys("v1", "v2");
        assertThat(Integer.parseInt(r.evidence().model().get("v1").replace("(- ", "-").replace(")", "")))
                .isIn(1, -1);
    }

    @Test
    void aTacticStrategyProvesWithAReproducibleResourceCount() {
        ProofJob job = ProofJob.of("j3", "walras", WALRAS, NLSAT, TEN_SECONDS);
        ProofResult first = z3.prove(job);
        z3.reset();
        ProofResult second = z3.prove(job);

        assertThat(first.verdict()).isEqualTo(Verdict.PROVED);
        assertThat(first.strategy()).isEqualTo(NLSAT);
        assertThat(second.resourceCount()).isEqualTo(first.resourceCount()).isPositive();
    }

    @Test
    void aJobsResultAndCountDoNotDependOnTheJobsBeforeIt() {
        ProofJob job = ProofJob.of("j13", "walras", WALRAS, NLSAT, TEN_SECONDS);
        ProofResult first = z3.prove(job);
        z3.prove(ProofJob.of("j14", "tie", TIE, Strategy.backendDefault(), TEN_SECONDS));
        z3.prove(ProofJob.of("j15", "walras", WALRAS, Strategy.backendDefault(), TEN_SECONDS));
        ProofResult later = z3.prove(job);

        assertThat(later.verdict()).isEqualTo(first.verdict()).isEqualTo(Verdict.PROVED);
        assertThat(later.resourceCount()).isEqualTo(first.resourceCount()).isPositive();
    }

    @Test
    void aStrategyThatGivesUpFallsBackOnZ3sDefault() {
        Strategy propositional = new Strategy("sat", List.of(new Strategy.Step("sat", Map.of(), 1.0)));

        ProofResult r = z3.prove(ProofJob.of("j8", "walras", WALRAS, propositional, TEN_SECONDS));

        assertThat(r.verdict()).isEqualTo(Verdict.PROVED);
        assertThat(r.detail()).startsWith("the strategy gave up (").endsWith("Z3's default went on");
        assertThat(r.strategy()).isEqualTo(propositional);
    }

    @Test
    void aStrategyThatHandsOverGivesTheRestToTheNext() {
        Strategy propositional = new Strategy("sat", List.of(new Strategy.Step("sat", Map.of(), 1.0)));
        Strategy schedule = propositional.then(0.3, NLSAT);

        ProofResult r = z3.prove(ProofJob.of("j9", "walras", WALRAS, schedule, new Budget(Duration.ofSeconds(10),
                5_000_000)));
        ProofResult again = z3.prove(ProofJob.of("j10", "walras", WALRAS, schedule, new Budget(Duration.ofSeconds(10),
                5_000_000)));

        assertThat(r.verdict()).isEqualTo(Verdict.PROVED);
        assertThat(r.detail()).startsWith("'sat' handed over to 'nlsat' (");
        assertThat(r.strategy()).isEqualTo(schedule);
        assertThat(again.resourceCount()).isEqualTo(r.resourceCount()).isPositive();
    }

    @Test
    void eachPartOfAScheduleKeepsToItsShareOfTheResourceLimit() {
        Strategy nlsatFirst = NLSAT.then(0.5, new Strategy("smt", List.of(new Strategy.Step("smt", Map.of(), 1.0))));
        long alone = z3.prove(ProofJob.of("j11", "walras", WALRAS, NLSAT, TEN_SECONDS)).resourceCount();

        ProofResult starved = z3.prove(ProofJob.of("j12", "walras", WALRAS, nlsatFirst,
                new Budget(Duration.ofSeconds(10), alone + alone / 2)));

        assertThat(starved.detail()).startsWith("'nlsat' handed over to 'smt' (");
    }

    @Test
    void aResourceLimitTooSmallTimesOut() {
        ProofResult r = z3.prove(ProofJob.of("j4", "walras", WALRAS, Strategy.backendDefault(),
                new Budget(Duration.ofSeconds(10), 10)));

        assertThat(r.verdict()).isEqualTo(Verdict.TIMED_OUT);
        assertThat(r.settled()).isFalse();
    }

    @Test
    void aStatementZ3CannotReadIsACrashNamingTheProblem() {
        ProofResult r = z3.prove(ProofJob.of("j5", "bad", "(assert (> x 0))", Strategy.backendDefault(), TEN_SECONDS));

        assertThat(r.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(r.detail()).startsWith("the statement is not SMT-LIB Z3 reads");
    }

    @Test
    void anUnknownTacticIsACrashNamingTheTactic() {
        Strategy typo = new Strategy("typo", List.of(new Strategy.Step("smtt", Map.of(), 1.0)));

        ProofResult r = z3.prove(ProofJob.of("j6", "walras", WALRAS, typo, TEN_SECONDS));

        assertThat(r.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(r.detail()).contains("no tactic 'smtt'");
    }

    @Test
    void aParameterZ3RefusesIsACrashNamingTheStep() {
        Strategy wrong = new Strategy("wrong", List.of(new Strategy.Step("simplify", Map.of("no-such-param", "1"), 1.0)));

        ProofResult r = z3.prove(ProofJob.of("j7", "walras", WALRAS, wrong, TEN_SECONDS));

        assertThat(r.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(r.detail()).contains("simplify");
    }

    @Test
    void rendersAStrategyInZ3sTacticLanguage() {
        assertThat(Z3Tactics.render(NLSAT, Duration.ofSeconds(10))).isEqualTo(
                "(then (or-else (try-for (using-params simplify :som true) 1000) skip) (try-for qfnra-nlsat 9000))");
        assertThat(Z3Tactics.render(new Strategy("smt", List.of(new Strategy.Step("smt", Map.of(), 1.0))),
                Duration.ofSeconds(2))).isEqualTo("(try-for smt 2000)");
        assertThat(z3.render(Strategy.backendDefault())).isEqualTo("default");
        Strategy smt = new Strategy("smt", List.of(new Strategy.Step("smt", Map.of(), 1.0)));
        assertThat(Z3Tactics.render(NLSAT.then(0.5, smt), Duration.ofSeconds(10))).isEqualTo("(or-else (then (or-else "
                + "(try-for (using-params simplify :som true) 500) skip) (try-for qfnra-nlsat 4500)) (try-for smt 5000))");
    }

    @Test
    void theProviderIsFoundAndAvailable() {
        ProverProvider provider = ServiceLoader.load(ProverProvider.class).findFirst().orElseThrow();

        assertThat(provider.backend()).isEqualTo("z3");
        assertThat(provider.unavailable()).isEmpty();
        try (var prover = provider.create()) {
            assertThat(prover.backend()).isEqualTo("z3");
        }
    }
}
