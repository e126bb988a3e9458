package io.hms.benchmarks.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.ConcurrencyLimitPolicy;
import io.hms.api.policy.GuardPolicy;
import io.hms.core.configurator.PatchResult;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromotionTest {

    private static final GuardPolicy CANDIDATE = Policies.start().withLimit(ConcurrencyLimitPolicy.fixed(8));

    private static OptimizationOutcome proposed() {
        return new OptimizationOutcome(Optional.of(CANDIDATE), CANDIDATE, 150, 20, 40, "tuner proposed");
    }

    @Test
    void aPatchTheCanaryPromotesIsTheWinnerAndRunsItsOwnPhases() {
        Promotion p = Promotion.decide(proposed(), Optional.of(new PatchResult("p1", true, Optional.empty(),
                "canary 0.1 % errors")));
        assertThat(p.winner(Policies.start())).isEqualTo(CANDIDATE);
        assertThat(p.winnerRuns()).isTrue();
        assertThat(p.canary()).isEqualTo("promoted by the canary: canary 0.1 % errors");
    }

    @Test
    void aPatchTheCanaryRollsBackLeavesTheStartAsTheWinnerAndSaysWhy() {
        Promotion p = Promotion.decide(proposed(), Optional.of(new PatchResult("p1", false, Optional.empty(),
                "error rate up 3 points")));
        assertThat(p.winner(Policies.start())).isEqualTo(Policies.start());
        assertThat(p.winnerRuns()).isFalse();
        assertThat(p.canary()).isEqualTo("rolled back by the canary: error rate up 3 points");
    }

    @Test
    void aProposalWithoutAVerdictCountsAsRolledBack() {
        Promotion p = Promotion.decide(proposed(), Optional.empty());
        assertThat(p.winnerRuns()).isFalse();
        assertThat(p.canary()).startsWith("rolled back by the canary");
    }

    @Test
    void withoutAPatchThereIsNoCanaryAndTheStartStays() {
        OptimizationOutcome kept = new OptimizationOutcome(Optional.empty(), Policies.start(), 20, 20, 40,
                "tuner kept the start");
        Promotion p = Promotion.decide(kept, Optional.empty());
        assertThat(p.winner(Policies.start())).isEqualTo(Policies.start());
        assertThat(p.winnerRuns()).isFalse();
        assertThat(p.canary()).isEqualTo("no patch (the tuner kept the start)");
    }

    @Test
    void theCanaryBakesThePhaseLessASecondAndItsLoadOutlastsTheBake() {
        assertThat(Canary.bake(Duration.ofSeconds(6))).isEqualTo(Duration.ofSeconds(5));
        assertThat(Canary.bake(Duration.ofMillis(1500))).isEqualTo(Duration.ofSeconds(1));
        Canary six = Canary.of(CANDIDATE, Duration.ofSeconds(6), "r");
        assertThat(six.load(Duration.ofSeconds(6))).isEqualTo(Duration.ofSeconds(6));
        Canary one = Canary.of(CANDIDATE, Duration.ofSeconds(1), "r");
        assertThat(one.load(Duration.ofSeconds(1))).isGreaterThan(one.bake());
        assertThat(Canary.options(Duration.ofSeconds(6)).canaryFraction()).isEqualTo(0.5);
        assertThat(Canary.options(Duration.ofSeconds(6)).bakeWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(Canary.options(Duration.ofSeconds(6)).minCanaryCalls()).isEqualTo(50);
    }
}
