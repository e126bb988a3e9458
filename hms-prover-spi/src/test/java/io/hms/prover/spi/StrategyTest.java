package io.hms.prover.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A strategy's shares of the budget, and a schedule: one strategy handing what is left to another. */
class StrategyTest {

    private static final Strategy LIA = new Strategy("lia", List.of(
            new Strategy.Step("simplify", Map.of(), 0.2), new Strategy.Step("qflia", Map.of(), 0.8)));
    private static final Strategy SMT = new Strategy("smt", List.of(new Strategy.Step("smt", Map.of(), 1.0)));

    @Test
    void handingOverScalesTheStepsAndKeepsTheirProportions() {
        Strategy schedule = LIA.then(0.5, SMT);

        assertThat(schedule.steps()).extracting(Strategy.Step::share).containsExactly(0.1, 0.4);
        assertThat(schedule.share()).isEqualTo(0.5);
        assertThat(schedule.otherwise()).isEqualTo(SMT);
        assertThat(schedule.name()).isEqualTo("lia");
        assertThat(schedule.describe()).isEqualTo("simplify → qflia for 50 %, then smt");
        assertThat(new Strategy("p", List.of(new Strategy.Step("smt", Map.of("relevancy", "0", "arith.solver", "6"),
                1.0))).describe()).isEqualTo("smt{arith.solver=6, relevancy=0}");
        assertThat(Strategy.backendDefault().describe()).isEqualTo("default");
    }

    @Test
    void aHandOverThatLeavesNothingOrComesFromTheDefaultIsRefused() {
        assertThatThrownBy(() -> new Strategy("lia", LIA.steps(), SMT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hands over to 'smt' but leaves it nothing");
        assertThatThrownBy(() -> LIA.then(1.0, SMT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a share in (0, 1), got 1.0");
        assertThatThrownBy(() -> Strategy.backendDefault().then(0.5, SMT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the backend's default has no steps");
    }

    @Test
    void stepsThatTakeMoreThanTheBudgetAreRefused() {
        assertThatThrownBy(() -> new Strategy("greedy", List.of(new Strategy.Step("simplify", Map.of(), 0.5),
                new Strategy.Step("smt", Map.of(), 0.6))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must add up to at most 1");
    }
}
