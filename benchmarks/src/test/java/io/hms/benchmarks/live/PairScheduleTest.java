package io.hms.benchmarks.live;

import static io.hms.benchmarks.live.Contender.DEFAULTS;
import static io.hms.benchmarks.live.Contender.START;
import static io.hms.benchmarks.live.Contender.WINNER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairScheduleTest {

    @Test
    void eachRoundRotatesTheOrderByOne() {
        assertThat(PairSchedule.order(0, true)).containsExactly(WINNER, START, DEFAULTS);
        assertThat(PairSchedule.order(1, true)).containsExactly(START, DEFAULTS, WINNER);
        assertThat(PairSchedule.order(2, true)).containsExactly(DEFAULTS, WINNER, START);
        assertThat(PairSchedule.order(3, true)).containsExactly(WINNER, START, DEFAULTS);
    }

    @Test
    void withoutAPatchTheWinnerDoesNotRunAndTheBaselinesAlternate() {
        assertThat(PairSchedule.order(0, false)).containsExactly(START, DEFAULTS);
        assertThat(PairSchedule.order(1, false)).containsExactly(DEFAULTS, START);
    }

    @Test
    void everyRoundAndVariantHasItsOwnSeed() {
        Set<Long> seeds = new HashSet<>();
        for (Variant v : Variant.values()) {
            for (int round = -1; round < 10; round++) {
                seeds.add(PairSchedule.seed(1, v, round));
            }
        }
        assertThat(seeds).hasSize(22);
        assertThat(PairSchedule.seed(1, Variant.TEST, 2)).isEqualTo(PairSchedule.seed(1, Variant.TEST, 2))
                .isNotEqualTo(PairSchedule.seed(2, Variant.TEST, 2));
    }
}
