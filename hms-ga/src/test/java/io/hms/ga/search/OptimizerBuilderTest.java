package io.hms.ga.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.ga.replay.Objectives;
import org.junit.jupiter.api.Test;

class OptimizerBuilderTest {

    private static final PolicyCodec CODEC = PolicyCodec.of(PolicySpace.defaults(), ComponentPolicy.defaults());
    private static final PolicyFitness FITNESS = p -> p.retry().maxAttempts();
    private static final PolicyObjectives OBJECTIVES = p -> new Objectives(p.retry().maxAttempts(), 0, 0, 0);

    @Test
    void eachEngineKeepsItsOwnDefaultsForTheSharedSettings() {
        PolicyOptimizer memetic = PolicyOptimizer.builder(CODEC, FITNESS).build();
        ParetoOptimizer pareto = ParetoOptimizer.builder(CODEC, OBJECTIVES).build();

        assertThat(memetic.populationSize()).isEqualTo(20);
        assertThat(pareto.populationSize()).isEqualTo(24);
        assertThat(memetic.evaluationBudget()).isEqualTo(1_000);
        assertThat(pareto.evaluationBudget()).isEqualTo(1_000);
        assertThat(memetic.localSearch()).isEqualTo(LocalSearch.defaults());
        assertThat(pareto.frontSize()).isEqualTo(50);
        assertThat(memetic.codec()).isSameAs(CODEC);
        assertThat(pareto.codec()).isSameAs(CODEC);
    }

    @Test
    void sharedAndOwnSettingsChainInAnyOrder() {
        PolicyOptimizer memetic = PolicyOptimizer.builder(CODEC, FITNESS)
                .populationSize(8).localSearch(LocalSearch.none()).evaluationBudget(99).randomSeed(3).build();
        ParetoOptimizer pareto = ParetoOptimizer.builder(CODEC, OBJECTIVES)
                .randomSeed(3).frontSize(7).populationSize(6).evaluationBudget(77).build();

        assertThat(memetic.populationSize()).isEqualTo(8);
        assertThat(memetic.evaluationBudget()).isEqualTo(99);
        assertThat(memetic.localSearch()).isEqualTo(LocalSearch.none());
        assertThat(pareto.populationSize()).isEqualTo(6);
        assertThat(pareto.evaluationBudget()).isEqualTo(77);
        assertThat(pareto.frontSize()).isEqualTo(7);
    }

    @Test
    void bothEnginesRefuseABadSharedSettingAtOnceNamingIt() {
        assertThatThrownBy(() -> PolicyOptimizer.builder(CODEC, FITNESS).populationSize(3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("populationSize must be at least 4, got 3");
        assertThatThrownBy(() -> ParetoOptimizer.builder(CODEC, OBJECTIVES).populationSize(3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("populationSize must be at least 4, got 3");
        assertThatThrownBy(() -> PolicyOptimizer.builder(CODEC, FITNESS).evaluationBudget(0))
                .hasMessage("evaluationBudget must be at least 1, got 0");
        assertThatThrownBy(() -> ParetoOptimizer.builder(CODEC, OBJECTIVES).evaluationBudget(0))
                .hasMessage("evaluationBudget must be at least 1, got 0");
        assertThatThrownBy(() -> ParetoOptimizer.builder(CODEC, OBJECTIVES).frontSize(0))
                .hasMessage("frontSize must be at least 1, got 0");
        assertThatThrownBy(() -> PolicyOptimizer.builder(null, FITNESS)).isInstanceOf(NullPointerException.class)
                .hasMessage("codec");
    }
}
