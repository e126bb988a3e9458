package io.hms.benchmarks.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.GuardPolicy;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GoalCheckTest {

    private static PhaseResult withErrors(double goodput, double errorRate) {
        // 5 s phases: successes = goodput * 5; offered chosen so that the error rate comes out as asked
        long successes = Math.round(goodput * 5);
        long offered = errorRate == 0 ? successes : Math.round(successes / (1 - errorRate));
        return new PhaseResult(offered, successes, 5, 20, 40);
    }

    private static RoundResult round(int i, double winner, double start, double defaults, double winnerErrors,
                                     double startErrors) {
        Map<Contender, PhaseResult> m = new EnumMap<>(Contender.class);
        m.put(Contender.WINNER, withErrors(winner, winnerErrors));
        m.put(Contender.START, withErrors(start, startErrors));
        m.put(Contender.DEFAULTS, withErrors(defaults, 0.5));
        return new RoundResult(i, m);
    }

    /** A run whose baselines are predicted exactly; the winner as given. */
    private static ShapeRun run(Shape shape, List<RoundResult> rounds, double predictedWinner, double ideal) {
        double start = rounds.stream().mapToDouble(r -> r.of(Contender.START).goodput()).average().orElseThrow();
        double defaults = rounds.stream().mapToDouble(r -> r.of(Contender.DEFAULTS).goodput()).average().orElseThrow();
        OptimizationOutcome outcome = new OptimizationOutcome(Optional.of(GuardPolicy.defaults()),
                GuardPolicy.defaults(), predictedWinner, start, defaults, "proposed");
        OptionalDouble best = ideal > 0 ? OptionalDouble.of(ideal) : OptionalDouble.empty();
        return new ShapeRun(shape, outcome, new Promotion(outcome.patch(), "promoted"),
                Map.of(Variant.TRAIN, rounds, Variant.TEST, rounds), Map.of(Variant.TRAIN, best, Variant.TEST, best));
    }

    private static List<GoalCheck.Verdict> check(ShapeRun... runs) {
        return GoalCheck.check(List.of(runs));
    }

    @Test
    void aWinnerTwiceTheStartAndOverOneAndAHalfTheDefaultsNearTheIdealPassesEveryGoal() {
        ShapeRun overload = run(Shape.OVERLOAD, List.of(round(0, 140, 20, 10, 0.1, 0.5), round(1, 142, 20, 10, 0.1,
                0.5)), 141, 150);
        assertThat(check(overload)).allMatch(GoalCheck.Verdict::passed);
    }

    @Test
    void oneRoundBelowTheStartFailsTheFirstGoalAndNamesTheRound() {
        ShapeRun healthy = run(Shape.HEALTHY, List.of(round(0, 100, 100, 100, 0.01, 0.01),
                round(1, 97, 100, 100, 0.01, 0.01)), 98.5, 0);
        List<GoalCheck.Verdict> verdicts = check(healthy);
        assertThat(verdicts.get(0).passed()).isFalse();
        assertThat(verdicts.get(0).failures()).hasSize(2).allMatch(f -> f.contains("round 2"));
    }

    @Test
    void moreThanHalfAPointMoreErrorsFailsTheFirstGoalEvenAtEqualGoodput() {
        ShapeRun healthy = run(Shape.HEALTHY, List.of(round(0, 100, 100, 100, 0.02, 0.01)), 100, 0);
        assertThat(check(healthy).get(0).failures()).containsExactly(
                "healthy train round 1: goodput 1.00x, error rate +1.0 points",
                "healthy test round 1: goodput 1.00x, error rate +1.0 points");
    }

    @Test
    void theDefaultsTargetDependsOnTheShape() {
        assertThat(GoalCheck.defaultsTarget(Shape.OVERLOAD)).isEqualTo(1.3);
        assertThat(GoalCheck.defaultsTarget(Shape.CAPACITY_DROP)).isEqualTo(1.3);
        assertThat(GoalCheck.defaultsTarget(Shape.ERROR_BURSTS)).isEqualTo(1.5);
        assertThat(GoalCheck.defaultsTarget(Shape.OUTAGE)).isEqualTo(1.5);
        assertThat(GoalCheck.defaultsTarget(Shape.LATENCY_TAIL)).isEqualTo(0.98);
        ShapeRun outage = run(Shape.OUTAGE, List.of(round(0, 140, 100, 100, 0.01, 0.01)), 140, 0); // 1.4x
        assertThat(check(outage).get(1).passed()).isFalse();
    }

    @Test
    void aPredictionMoreThanAQuarterOffTheLiveGoodputFails() {
        ShapeRun healthy = run(Shape.HEALTHY, List.of(round(0, 100, 20, 10, 0.01, 0.5)), 130, 0);
        List<String> failures = check(healthy).get(3).failures();
        assertThat(failures).singleElement().asString().contains("healthy winner").contains("30 % off");
        assertThat(GoalCheck.predictionError(124, 100)).isEqualTo(0.24);
    }

    @Test
    void goalsOfShapesNotMeasuredAreSkippedNotFailed() {
        ShapeRun healthy = run(Shape.HEALTHY, List.of(round(0, 100, 100, 100, 0.01, 0.01)), 100, 0);
        List<GoalCheck.Verdict> verdicts = check(healthy);
        assertThat(verdicts.get(2).line()).startsWith("SKIP");
        assertThat(verdicts.get(4).line()).startsWith("SKIP");
        assertThat(verdicts).allMatch(GoalCheck.Verdict::passed);
    }

    @Test
    void ratiosOfZeroGoodputStayDefined() {
        assertThat(RoundResult.ratio(0, 0)).isEqualTo(1);
        assertThat(RoundResult.ratio(5, 0)).isInfinite();
        assertThat(RoundResult.ratio(3, 2)).isEqualTo(1.5);
    }
}
