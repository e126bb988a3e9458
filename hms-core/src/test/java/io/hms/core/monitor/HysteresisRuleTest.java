package io.hms.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.Health;
import io.hms.api.HealthStatus;
import io.hms.api.policy.HealthPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The judgement of one check, result by result, without threads or clocks. */
class HysteresisRuleTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static HealthPolicy thresholds(int failuresToDown, int successesToUp) {
        return new HealthPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), failuresToDown, successesToUp);
    }

    /**
     * Feeds results written as {@code U}, {@code G} (degraded) and {@code D}; returns the judged statuses,
     * {@code ?} for UNKNOWN.
     */
    private static String judge(Hysteresis judge, HealthPolicy policy, String results) {
        StringBuilder judged = new StringBuilder();
        int n = 0;
        for (char c : results.toCharArray()) {
            n++;
            Health result = switch (c) {
                case 'U' -> Health.up();
                case 'G' -> Health.degraded("slow " + n);
                default -> Health.down("fail " + n);
            };
            HealthStatus status = judge.record(result.at(T0.plusSeconds(n)), policy).status();
            judged.append(switch (status) {
                case UP -> 'U';
                case DEGRADED -> 'G';
                case DOWN -> 'D';
                case UNKNOWN -> '?';
            });
        }
        return judged.toString();
    }

    @Test
    void failuresToDownConsecutiveFailuresTurnItDownAndSuccessesToUpBringItBack() {
        assertThat(judge(new Hysteresis(T0), thresholds(3, 2), "DDUDDDUDUU")).isEqualTo("??UUUDDDDU");
    }

    @Test
    void beforeItsFirstResultAJudgementIsUnknownAndTheFirstWorkingResultSettlesIt() {
        assertThat(new Hysteresis(T0).judged()).isEqualTo(Health.unknown("no check has run yet").at(T0));
        assertThat(judge(new Hysteresis(T0), thresholds(3, 3), "U")).as("no earlier judgement to protect")
                .isEqualTo("U");
        assertThat(judge(new Hysteresis(T0), thresholds(3, 3), "G")).isEqualTo("G");
        assertThat(judge(new Hysteresis(T0), thresholds(3, 3), "DDD")).as("failures still need F in a row")
                .isEqualTo("??D");
        assertThat(judge(new Hysteresis(T0), thresholds(3, 3), "DDUD")).isEqualTo("??UU");
    }

    @Test
    void degradedIsImmediateFromUpAndNeedsSuccessesToUpToLeave() {
        assertThat(judge(new Hysteresis(T0), thresholds(3, 2), "GUGUU")).isEqualTo("GGGGU");
    }

    @Test
    void workingResultsLiftDownToDegradedBeforeUp() {
        assertThat(judge(new Hysteresis(T0), thresholds(1, 2), "DGGUU")).isEqualTo("DDGGU");
    }

    @Test
    void theJudgedReasonIsTheLatestResultThatAgreesWithTheStatus() {
        Hysteresis judge = new Hysteresis(T0);
        HealthPolicy policy = thresholds(2, 2);
        List<String> reasons = new ArrayList<>();
        for (Health result : List.of(Health.down("a"), Health.down("b"), Health.up(), Health.down("c"))) {
            reasons.add(judge.record(result.at(T0), policy).reason());
        }
        assertThat(reasons).containsExactly("not judged yet, 1 of 2 failures to DOWN: a", "b", "b", "c");
    }

    @Test
    void newThresholdsApplyFromTheNextResult() {
        Hysteresis judge = new Hysteresis(T0);
        assertThat(judge(judge, thresholds(5, 1), "DD")).isEqualTo("??");
        assertThat(judge(judge, thresholds(3, 1), "D")).isEqualTo("D");
    }
}
