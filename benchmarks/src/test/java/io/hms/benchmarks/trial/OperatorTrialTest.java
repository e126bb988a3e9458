package io.hms.benchmarks.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.search.LocalSearch;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.search.PolicyFitness;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorTrialTest {

    private static TrialRun run(String config, boolean success, long evaluations) {
        return new TrialRun(config, "w", 1, success, evaluations, 0);
    }

    @Test
    void ertSumsEveryRunsEvaluationsFailuresAtTheBudgetOverTheSuccesses() {
        List<TrialRun> runs = List.of(run("a", true, 100), run("a", true, 300), run("a", false, 1000),
                run("a", true, 200), run("a", false, 1000));
        TrialSummary s = TrialSummary.of("a", runs);
        assertThat(s.evaluations()).isEqualTo(2600);
        assertThat(s.successes()).isEqualTo(3);
        assertThat(s.ert()).isCloseTo(2600 / 3.0, within(1e-9));
        assertThat(s.successRate()).isCloseTo(0.6, within(1e-12));
        assertThat(TrialSummary.of("b", List.of(run("b", false, 1000))).ert()).isInfinite();
        assertThat(TrialSummary.of("c", List.of(run("c", true, 40))).ert()).isEqualTo(40);
    }

    @Test
    void rankSumMatchesTextbookValues() {
        RankSum separated = RankSum.test(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10});
        assertThat(separated.u()).isZero();
        assertThat(separated.pValue()).isCloseTo(0.012185780, within(1e-6));
        assertThat(separated.z()).isNegative();

        RankSum classic = RankSum.test(new double[] {19, 22, 16, 29, 24}, new double[] {20, 11, 17, 12});
        assertThat(classic.u()).isEqualTo(17);
        assertThat(classic.pValue()).isCloseTo(0.111346887, within(1e-6));

        double inf = Double.POSITIVE_INFINITY;
        RankSum tied = RankSum.test(new double[] {120, 150, 150, 300, inf, inf}, new double[] {60, 80, 80, 150, 200, inf});
        assertThat(tied.u()).isEqualTo(26);
        assertThat(tied.pValue()).isCloseTo(0.222345334, within(1e-6));

        assertThat(RankSum.test(new double[] {inf, inf}, new double[] {inf}).pValue()).isEqualTo(1);
        assertThatThrownBy(() -> RankSum.test(new double[0], new double[] {1})).hasMessageContaining("sizes 0 and 1");
    }

    @Test
    void aTrialCountsRuntimeAtTheFitnessAndRepeatsWithTheSameSeeds() {
        PolicySpace space = PolicySpace.empty().with(Parameter.RETRY_MAX_ATTEMPTS, 1, 5)
                .with(Parameter.FAILURE_RATE_THRESHOLD, 5.0, 100.0);
        PolicyCodec codec = PolicyCodec.of(space, ComponentPolicy.defaults());
        PolicyFitness upwards = p -> (double) p.breaker().failureRateThreshold() / 100
                + p.retry().maxAttempts() / 5.0;
        TrialWorkload easy = new TrialWorkload("easy", codec, upwards, GuardPolicy.defaults(), 1.9);
        TrialWorkload impossible = new TrialWorkload("impossible", codec, upwards, GuardPolicy.defaults(), 3);
        OperatorTrial trial = OperatorTrial.builder(
                        new TrialConfiguration("plain", b -> b.populationSize(8).localSearch(LocalSearch.none())),
                        new TrialConfiguration("memetic", b -> b.populationSize(8).localSearch(LocalSearch.of(2, 10))))
                .workload(easy).workload(impossible).runs(4).evaluationBudget(120).build();

        TrialReport first = trial.run();
        TrialReport second = trial.run();

        assertThat(second).isEqualTo(first);
        assertThat(first.runs()).hasSize(16);
        assertThat(first.runs()).filteredOn(r -> r.workload().equals("impossible"))
                .allSatisfy(r -> assertThat(r.success()).isFalse())
                .allSatisfy(r -> assertThat(r.evaluations()).isEqualTo(120));
        assertThat(first.runs()).filteredOn(r -> r.success())
                .allSatisfy(r -> assertThat(r.bestFitness()).isGreaterThanOrEqualTo(1.9))
                .allSatisfy(r -> assertThat(r.evaluations()).isBetween(1L, 120L));
        assertThat(first.runs()).extracting(TrialRun::seed).containsOnly(1L, 2L, 3L, 4L);
        assertThat(first.summary("memetic", "impossible").ert()).isInfinite();
        TrialSummary memetic = first.candidate();
        assertThat(memetic.ert()).isCloseTo((double) memetic.evaluations() / memetic.successes(), within(1e-9));
        assertThat(first.ertRatio()).isCloseTo(first.candidate().ert() / first.baseline().ert(), within(1e-12));
        assertThat(first.format()).contains("all", "ERT ratio memetic/plain", "rank-sum");
        assertThatThrownBy(() -> first.summary("other", null)).hasMessageContaining("no run of configuration other");
    }
}
