package io.hms.ga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.workload.InFlightOverload;
import io.hms.ga.workload.SyntheticWorkloads;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardTunerTest {

    private static final CallRecords OVERLOAD = SyntheticWorkloads.overload(5L);
    private static final OptimizerAgentOptions SHORT = OptimizerAgentOptions.builder().evaluationBudget(80)
            .populationSize(8).build();

    @Test
    void aCandidateWorseOnTheModelsIsNeverProposed() {
        List<DependencyModel> models = DependencyModel.plausibleModels(InFlightOverload.trace(8, 25, 1L), 4, 1L);
        GuardPolicy good = GuardPolicy.defaults();
        GuardPolicy hasty = good.withTimeout(TimeoutPolicy.of(Duration.ofMillis(1))); // every attempt times out

        TuningVerdict verdict = GuardTuner.of(SHORT).judge(models, new long[] {1, 2}, good, hasty, 0, 0);

        assertThat(verdict.proposed()).isFalse();
        assertThat(verdict.lowerBound()).isNegative();
        assertThat(verdict.candidateScore()).isLessThan(verdict.currentScore());
        assertThat(verdict.reason()).contains("under the margin");
    }

    @Test
    void theCurrentPolicyJudgedAgainstItselfIsNotProposed() {
        List<DependencyModel> models = DependencyModel.plausibleModels(OVERLOAD, 2, 1L);
        TuningVerdict verdict = GuardTuner.of(SHORT).judge(models, new long[] {1}, GuardPolicy.defaults(),
                GuardPolicy.defaults(), 0, 0);
        assertThat(verdict.proposed()).isFalse();
        assertThat(verdict.lowerBound()).isZero();
    }

    @Test
    void theLowerBoundIsTheMeanLessStudentsQuantileTimesTheStandardError() {
        assertThat(GuardTuner.lowerBound(new double[] {0.5})).isEqualTo(0.5);
        assertThat(GuardTuner.lowerBound(new double[] {1, 1, 1})).isEqualTo(1.0);
        // mean 1, sample standard deviation sqrt(2), standard error 1, one degree of freedom: t = 6.314
        assertThat(GuardTuner.lowerBound(new double[] {0, 2})).isCloseTo(1 - 6.314, within(1e-9));
    }

    @Test
    void aWinnerKeepsItsTimeoutAtTheMarginOverTheHealthyLatencyAndIsRepeatable() {
        ComponentPolicy start = ComponentPolicy.defaults();
        PolicySpace space = PolicySpace.defaults().with(Parameter.TIMEOUT, Duration.ofMillis(1), Duration.ofSeconds(30));

        TuningVerdict first = GuardTuner.of(SHORT).tune(OVERLOAD, start, space);
        TuningVerdict second = GuardTuner.of(SHORT).tune(OVERLOAD, start, space);

        long floor = (long) Math.ceil(2.0 * first.models().get(0).healthyLatencyNanos() / 1e6);
        assertThat(first.candidate().timeout().timeout().toMillis()).isGreaterThanOrEqualTo(floor);
        assertThat(second.candidate()).isEqualTo(first.candidate());
        assertThat(second.lowerBound()).isEqualTo(first.lowerBound());
        assertThat(first.evaluations()).isLessThanOrEqualTo(80);
        assertThat(first.predictedGoodput(first.candidate())).isPositive();
    }
}
