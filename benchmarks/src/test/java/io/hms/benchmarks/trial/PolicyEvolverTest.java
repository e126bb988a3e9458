package io.hms.benchmarks.trial;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.optimize.Parameter;
import io.hms.api.optimize.PolicySpace;
import io.hms.api.policy.ComponentPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.ga.replay.DependencyModel;
import io.hms.ga.replay.TraceReplay;
import io.hms.ga.search.PolicyCodec;
import io.hms.ga.workload.SyntheticWorkloads;
import org.junit.jupiter.api.Test;

class PolicyEvolverTest {

    private static final TraceReplay OVERLOAD = TraceReplay.of(DependencyModel.fromTrace(SyntheticWorkloads.overload(5L)));

    private static PolicyEvolver evolver(PolicySpace space) {
        return PolicyEvolver.of(PolicyCodec.of(space, ComponentPolicy.defaults()), OVERLOAD)
                .withPopulationSize(20).withReplaySeeds(1, 2).withRandomSeed(3);
    }

    @Test
    void beatsTheDefaultPolicyOnAnOverloadTrace() {
        PolicyEvolver evolver = evolver(PolicySpace.defaults());
        GuardPolicy defaults = GuardPolicy.defaults();
        EvolvedPolicy best = evolver.evolve(defaults, 12);

        assertThat(best.score()).isGreaterThan(evolver.fitness(defaults));
        // and on replays it was not trained on
        PolicyEvolver heldOut = evolver.withReplaySeeds(101, 102, 103);
        assertThat(heldOut.fitness(best.policy().guard())).isGreaterThan(heldOut.fitness(defaults));
        assertThat(best.generations()).isEqualTo(12);
        assertThat(best.evaluations()).isGreaterThan(20);
    }

    @Test
    void theWinnerStaysInsideANarrowSpace() {
        PolicySpace narrow = PolicySpace.empty()
                .with(Parameter.RETRY_MAX_ATTEMPTS, 2, 3)
                .with(Parameter.FAILURE_RATE_THRESHOLD, 40.0, 60.0);
        EvolvedPolicy best = evolver(narrow).evolve(GuardPolicy.defaults(), 4);
        assertThat(best.policy().guard().retry().maxAttempts()).isBetween(2, 3);
        assertThat(best.policy().guard().breaker().failureRateThreshold()).isBetween(40f, 60f);
    }

    @Test
    void theSameSeedsRepeatTheRun() {
        PolicyEvolver evolver = evolver(PolicySpace.defaults());
        assertThat(evolver.evolve(GuardPolicy.defaults(), 3)).isEqualTo(evolver.evolve(GuardPolicy.defaults(), 3));
    }
}
