package io.hms.ga.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.Objectives;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitialPopulationTest {

    private static final PolicyCodec CODEC = PolicyCodec.of(PolicySpace.defaults(), ComponentPolicy.defaults());

    @Test
    void theFirstGenerationEvaluatesTheStartAndAFullPopulationOfRandomOthers() {
        List<GuardPolicy> evaluated = new ArrayList<>();
        PolicyOptimizer.builder(CODEC, p -> {
                    evaluated.add(p);
                    return p.retry().maxAttempts();
                })
                .populationSize(16).evaluationBudget(1000).localSearch(LocalSearch.none()).randomSeed(5).build()
                .stream(GuardPolicy.defaults()).limit(1).forEach(g -> { });
        assertThat(evaluated.size()).isGreaterThanOrEqualTo(16);
        assertThat(evaluated.getFirst()).isEqualTo(CODEC.decodeGuard(CODEC.encode(GuardPolicy.defaults())));
        assertThat(new HashSet<>(evaluated.subList(0, 16))).hasSize(16);
    }

    @Test
    void theParetoOptimizerStartsFromAFullPopulationToo() {
        List<GuardPolicy> evaluated = new ArrayList<>();
        ParetoOptimizer.builder(CODEC, p -> {
                    evaluated.add(p);
                    return new Objectives(p.retry().maxAttempts(), 0, 0, p.retry().maxAttempts());
                })
                .populationSize(12).evaluationBudget(1000).randomSeed(5).build()
                .stream(GuardPolicy.defaults()).limit(1).forEach(g -> { });
        assertThat(evaluated.size()).isGreaterThanOrEqualTo(12);
        assertThat(new HashSet<>(evaluated.subList(0, 12))).hasSize(12);
    }
}
