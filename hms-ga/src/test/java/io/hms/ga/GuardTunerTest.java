package io.hms.ga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hms.api.optimize.CallRecords;
import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.api.policy.LimitAlgorithm;
import io.hms.api.policy.RetryPolicy;
import io.hms.api.policy.TimeoutPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.LoadModel;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.workload.HangingOutage;
import io.hms.ga.workload.InFlightOverload;
import io.hms.ga.workload.LatencyTail;
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

        TuningVerdict verdict = GuardTuner.of(SHORT).judge(models, List.of(), new long[] {1, 2}, good, hasty, 0, 0);

        assertThat(verdict.proposed()).isFalse();
        assertThat(verdict.lowerBound()).isNegative();
        assertThat(verdict.candidateScore()).isLessThan(verdict.currentScore());
        assertThat(verdict.reason()).contains("under the margin");
    }

    @Test
    void aCandidateThatBuysLatencyWithFailedCallsIsNotProposed() {
        List<DependencyModel> models = DependencyModel.plausibleModels(LatencyTail.trace(3L), 4, 1L);
        GuardPolicy patient = GuardPolicy.defaults().withTimeout(TimeoutPolicy.of(Duration.ofSeconds(3)))
                .withRetry(RetryPolicy.none());
        GuardPolicy hasty = patient.withTimeout(TimeoutPolicy.of(Duration.ofMillis(50))); // the slow 5 % fail

        TuningVerdict scoreAlone = GuardTuner.of(SHORT.toBuilder().maxErrorRise(1).build())
                .judge(models, List.of(), new long[] {1, 2}, patient, hasty, 0, 0);
        TuningVerdict verdict = GuardTuner.of(SHORT).judge(models, List.of(), new long[] {1, 2}, patient, hasty, 0, 0);

        assertThat(scoreAlone.proposed()).as("the score alone prefers it: %s", scoreAlone.reason()).isTrue();
        assertThat(verdict.proposed()).isFalse();
        assertThat(verdict.reason()).contains("but its error rate +").contains("is over the allowed +0.5");
    }

    @Test
    void theErrorRateCallersSawBoundsTheRiseWhenTheModelOverratesTheCurrentPolicysFailures() {
        List<DependencyModel> models = DependencyModel.plausibleModels(LatencyTail.trace(3L), 4, 1L);
        GuardPolicy cramped = GuardPolicy.defaults().withTimeout(TimeoutPolicy.of(Duration.ofSeconds(3)))
                .withRetry(RetryPolicy.none()).withLimit(ConcurrencyLimitPolicy.fixed(2)); // refuses most calls
        GuardPolicy hasty = cramped.withLimit(ConcurrencyLimitPolicy.fixed(1_000))
                .withTimeout(TimeoutPolicy.of(Duration.ofMillis(50))); // the slow 5 % fail
        GuardTuner tuner = GuardTuner.of(SHORT);

        TuningVerdict onTheModel = tuner.judge(models, List.of(), new long[] {1, 2}, cramped, hasty, 0, 0);
        TuningVerdict onWhatCallersSaw = tuner.judge(models, List.of(), new long[] {1, 2}, cramped, hasty, 0, 0, 0.0);

        assertThat(onTheModel.proposed()).as(onTheModel.reason()).isTrue();
        assertThat(onWhatCallersSaw.proposed()).isFalse();
        assertThat(onWhatCallersSaw.reason()).contains("but its error rate +");
    }

    @Test
    void theRecordedErrorRateCountsEachCallOnceWhateverItsRetries() {
        CallRecords trace = new CallRecords(new long[] {0, 1, 2, 3, 4, 5}, new long[] {1, 1, 1, 1, 1, 0},
                new CallRecords.Outcome[] {CallRecords.Outcome.FAILURE, CallRecords.Outcome.SUCCESS,
                        CallRecords.Outcome.SUCCESS, CallRecords.Outcome.FAILURE, CallRecords.Outcome.TIMEOUT,
                        CallRecords.Outcome.REJECTED}, new int[] {1, 2, 1, 1, 2, 1});

        assertThat(GuardTuner.recordedErrorRate(trace)).isEqualTo(0.5); // 4 calls: 2 served, 1 failed twice, 1 refused
        assertThat(GuardTuner.recordedErrorRate(CallRecords.empty())).isZero();
    }

    @Test
    void theCurrentPolicyJudgedAgainstItselfIsNotProposed() {
        List<DependencyModel> models = DependencyModel.plausibleModels(OVERLOAD, 2, 1L);
        TuningVerdict verdict = GuardTuner.of(SHORT).judge(models, List.of(), new long[] {1}, GuardPolicy.defaults(),
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

    @Test
    void theStressModelsAreTheNominalOneWithAQuarterAndHalfOfItsCapacityGone() {
        DependencyModel nominal = DependencyModel.fromTrace(InFlightOverload.trace(8, 25, 1L));
        double capacity = nominal.load().capacity();

        List<DependencyModel> stress = GuardTuner.of(SHORT).stressModels(nominal);

        assertThat(stress).extracting(m -> m.load().capacity())
                .containsExactly(Math.max(1, capacity * 0.75), Math.max(1, capacity * 0.5));
        assertThat(stress).allSatisfy(m -> {
            assertThat(m.load().latencySlope()).isEqualTo(nominal.load().latencySlope());
            assertThat(m.calls()).isEqualTo(nominal.calls());
        });
        assertThat(GuardTuner.of(SHORT.toBuilder().capacityDrop(0).build()).stressModels(nominal)).isEmpty();
        assertThat(GuardTuner.of(SHORT).stressModels(nominal.withLoad(LoadModel.insensitive())))
                .as("no capacity seen, none to lose").isEmpty();
    }

    @Test
    void anOutageIsAlsoJudgedLastingAsLongAgain() {
        CallRecords outage = HangingOutage.trace(1L);
        DependencyModel nominal = DependencyModel.fromTrace(outage);
        OptimizerAgentOptions noCapacityDrop = SHORT.toBuilder().capacityDrop(0).build();

        List<DependencyModel> stress = GuardTuner.of(noCapacityDrop).stressModels(nominal);

        assertThat(nominal.failingBuckets()).isPositive();
        assertThat(stress).extracting(DependencyModel::failingBuckets).as("a third, two thirds and all as long again")
                .hasSize(3).isSorted().last().isEqualTo(2 * nominal.failingBuckets());
        assertThat(stress.get(0).failingBuckets()).isGreaterThan(nominal.failingBuckets());
        assertThat(GuardTuner.of(noCapacityDrop.toBuilder().longerTrouble(0).build()).stressModels(nominal)).isEmpty();
        assertThat(GuardTuner.of(SHORT).stressModels(DependencyModel.fromTrace(InFlightOverload.trace(8, 25, 1L))))
                .as("no outage, none to lengthen: the two with less capacity").hasSize(2);

        GuardPolicy start = GuardPolicy.defaults();
        GuardPolicy tunedOnTheTrace = GuardTuner.of(noCapacityDrop.toBuilder().longerTrouble(0).build())
                .tune(outage, ComponentPolicy.defaults().withGuard(start), PolicySpace.defaults()).candidate();
        GuardPolicy tunedForLonger = GuardTuner.of(noCapacityDrop)
                .tune(outage, ComponentPolicy.defaults().withGuard(start), PolicySpace.defaults()).candidate();
        assertThat(goodputOn(stress, tunedForLonger))
                .as("on outages longer than the trace's, the winner that was judged on them serves more")
                .isGreaterThan(goodputOn(stress, tunedOnTheTrace));
    }

    /** The mean goodput of {@code policy} over {@code models} and seeds 1 to 3. */
    private static double goodputOn(List<DependencyModel> models, GuardPolicy policy) {
        double sum = 0;
        for (DependencyModel model : models) {
            for (long seed = 1; seed <= 3; seed++) {
                sum += TraceReplay.of(model).replay(policy, seed).goodputPerSecond();
            }
        }
        return sum / (3 * models.size());
    }

    @Test
    void theFirstGenerationHoldsLimitsAtTheLearnedCapacityWithAndWithoutAWaitForAPlace() {
        DependencyModel nominal = DependencyModel.fromTrace(InFlightOverload.trace(8, 25, 1L));
        int capacity = (int) Math.round(nominal.load().capacity());
        Duration quarterOfHealthy = Duration.ofMillis(Math.round(nominal.healthyLatencyNanos() / 4e6));

        List<ConcurrencyLimitPolicy> limits = GuardTuner.seeds(GuardPolicy.defaults(), nominal).stream()
                .map(GuardPolicy::limit).toList();

        assertThat(quarterOfHealthy).isPositive();
        assertThat(limits).anySatisfy(l -> {
            assertThat(l.algorithm()).isEqualTo(LimitAlgorithm.FIXED);
            assertThat(l.initialLimit()).isEqualTo(capacity);
            assertThat(l.maxWait()).isEqualTo(quarterOfHealthy);
        });
        assertThat(limits).as("a GRADIENT limit that may follow the capacity down, waiting as the FIXED one does")
                .anySatisfy(l -> {
                    assertThat(l.algorithm()).isEqualTo(LimitAlgorithm.GRADIENT);
                    assertThat(l.initialLimit()).isEqualTo(capacity);
                    assertThat(l.maxLimit()).isEqualTo(capacity);
                    assertThat(l.minLimit()).isEqualTo(1);
                    assertThat(l.maxWait()).isEqualTo(quarterOfHealthy);
                });
        assertThat(limits).filteredOn(l -> l.algorithm() == LimitAlgorithm.GRADIENT)
                .extracting(ConcurrencyLimitPolicy::maxWait).contains(Duration.ZERO);
    }

    @Test
    void aWinnerJudgedWithLessCapacityServesMoreWhenTheDependencyShrinks() {
        CallRecords trace = InFlightOverload.trace(8, 25, 1L);
        ComponentPolicy start = ComponentPolicy.defaults();
        OptimizerAgentOptions onlyTheTrace = SHORT.toBuilder().capacityDrop(0).build();

        GuardPolicy fitted = GuardTuner.of(onlyTheTrace).tune(trace, start, PolicySpace.defaults()).candidate();
        GuardPolicy robust = GuardTuner.of(SHORT).tune(trace, start, PolicySpace.defaults()).candidate();

        DependencyModel nominal = DependencyModel.fromTrace(trace);
        LoadModel load = nominal.load();
        TraceReplay halved = TraceReplay.of(nominal.withLoad(
                new LoadModel(load.capacity() / 2, load.latencySlope(), load.errorSlope())));
        assertThat(halved.replay(robust, 1).goodputPerSecond())
                .as("on a dependency with half the capacity the trace showed")
                .isGreaterThan(halved.replay(fitted, 1).goodputPerSecond());
    }
}
