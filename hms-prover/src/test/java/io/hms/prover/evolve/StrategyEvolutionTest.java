package io.hms.prover.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hms.prover.spi.Evidence;
import io.hms.prover.spi.ProofMsg;
import io.hms.prover.spi.ProofResult;
import io.hms.prover.spi.Strategy;
import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The evolution against a model backend whose costs are known, so the best strategy is known too. */
class StrategyEvolutionTest {
    static final long LIMIT = 100_000;
    static final List<Theorem> TRAINING = List.of(theorem("a"), theorem("b"), theorem("c"));

    static Theorem theorem(String id) {
        return new Theorem(id, 1, "model", "a model theorem", "test", Verdict.PROVED, "(assert false)");
    }

    /**
     * The model backend: only qfnra-nlsat (decider 4) proves theorem "c"; every strategy proves "a" and "b";
     * each step costs 10,000 and solve-eqs before the decider halves the decider's cost. A schedule's parts
     * each have their share of the limit, and the theorem is proved when a part proves it within its share.
     */
    static List<ProofResult> model(Strategy s, List<Theorem> theorems) {
        return theorems.stream().map(t -> {
            long spent = 0;
            double share = 1.0;
            for (Strategy part = s; part != null; part = part.otherwise()) {
                double partShare = part.otherwise() == null ? share : share * part.share();
                share -= partShare;
                long cost = cost(part, t);
                if (cost <= LIMIT * partShare) {
                    return result(s, t, Verdict.PROVED, spent + cost);
                }
                spent += Math.round(LIMIT * partShare);
            }
            return result(s, t, Verdict.TIMED_OUT, LIMIT);
        }).toList();
    }

    /** What {@code part}'s own steps cost to prove {@code t}, more than the limit when they cannot. */
    static long cost(Strategy part, Theorem t) {
        String decider = part.steps().getLast().tactic();
        boolean solveEqs = part.steps().stream().anyMatch(step -> step.tactic().equals("solve-eqs"));
        boolean proves = !t.id().equals("c") || decider.equals("qfnra-nlsat");
        return proves ? 10_000L * part.steps().size() + (solveEqs ? 20_000 : 40_000) : 2 * LIMIT;
    }

    static ProofResult result(Strategy s, Theorem t, Verdict verdict, long cost) {
        return new ProofResult(ProofMsg.FORMAT, "j", t.id(), verdict, Duration.ZERO, cost, "model", "1", s,
                Evidence.none(), "");
    }

    @Test
    void findsTheStrategyThatSolvesMostAndCostsLeast() {
        StrategyEvolution.Result result = new StrategyEvolution(16, 30, LIMIT, 42).evolve("model", TRAINING,
                StrategyEvolutionTest::model);

        assertThat(result.score().solved()).isEqualTo(3);
        assertThat(result.best().steps().getLast().tactic()).isEqualTo("qfnra-nlsat");
        assertThat(result.best().steps()).as(result.best().toString()).extracting(Strategy.Step::tactic)
                .containsExactly("solve-eqs", "qfnra-nlsat");
        assertThat(result.best().name()).isEqualTo("model");
        assertThat(result.tried()).hasSizeGreaterThan(12);
    }

    @Test
    void theBestHandsHalfItsBudgetToTheFittestStrategyThatDecidesAnotherWay() {
        StrategyEvolution.Result result = new StrategyEvolution(16, 30, LIMIT, 42).evolve("model", TRAINING,
                StrategyEvolutionTest::model);

        Strategy runnerUp = result.best().otherwise();
        assertThat(runnerUp).as(result.best().toString()).isNotNull();
        assertThat(result.best().share()).isCloseTo(0.5, within(1e-9));
        assertThat(runnerUp.steps().getLast().tactic()).isNotEqualTo("qfnra-nlsat");
        assertThat(runnerUp.otherwise()).isNull();
        assertThat(runnerUp.name()).isEqualTo("model-runner-up");
        assertThat(result.score().solved()).isEqualTo(3);
    }

    @Test
    void aScheduleThatWouldProveLessIsNotKept() {
        List<Theorem> hard = List.of(theorem("a"), theorem("c"));
        StrategyEvolution.Result result = new StrategyEvolution(8, 4, LIMIT, 42).evolve("model", hard, (s, ts) ->
                model(s, ts).stream().map(r -> r.theoremId().equals("c") && s.otherwise() != null
                        ? result(s, theorem("c"), Verdict.TIMED_OUT, LIMIT) : r).toList());

        assertThat(result.best().otherwise()).isNull();
        assertThat(result.score().solved()).isEqualTo(2);
    }

    @Test
    void theSameSeedGivesTheSameStrategyAndAStrategyIsTriedOnce() {
        AtomicInteger calls = new AtomicInteger();
        StrategyEvolution.Result first = new StrategyEvolution(8, 4, LIMIT, 7).evolve("model", TRAINING, (s, ts) -> {
            calls.incrementAndGet();
            return model(s, ts);
        });
        StrategyEvolution.Result again = new StrategyEvolution(8, 4, LIMIT, 7).evolve("model", TRAINING,
                StrategyEvolutionTest::model);

        assertThat(again.best()).isEqualTo(first.best());
        assertThat(again.tried()).isEqualTo(first.tried());
        assertThat(calls.get()).as("each strategy tried once, and the schedule").isEqualTo(first.tried().size()
                + (first.best().otherwise() == null ? 0 : 1));
    }

    @Test
    void aScoreCountsEveryMoreTheoremSolvedAboveAnySaving() {
        Score cheapButWorse = new Score(2, 3, 2 * 1, LIMIT);
        Score dearButBetter = new Score(3, 3, 3 * LIMIT, LIMIT);
        assertThat(dearButBetter.fitness()).isGreaterThan(cheapButWorse.fitness());
        assertThatThrownBy(() -> new StrategyEvolution(2, 1, LIMIT, 1)).hasMessageContaining("population of at least 4");
        assertThatThrownBy(() -> new StrategyEvolution(4, 1, LIMIT, 1).evolve("x", List.of(), StrategyEvolutionTest::model))
                .hasMessageContaining("training set of 'x' is empty");
    }

    @Test
    void everyCodedStrategyIsValidAndAMutationChangesIt() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 500; i++) {
            Strategy s = StrategySpace.decode("s", StrategySpace.random(random));
            assertThat(s.steps()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
            assertThat(s.steps().stream().mapToDouble(Strategy.Step::share).sum()).isCloseTo(1.0,
                    org.assertj.core.data.Offset.offset(1e-9));
            Strategy m = StrategySpace.mutate(s, random);
            assertThat(m.steps()).isNotEmpty();
        }
        assertThat(StrategySpace.mutate(Strategy.backendDefault(), random).isDefault()).isFalse();
    }
}
