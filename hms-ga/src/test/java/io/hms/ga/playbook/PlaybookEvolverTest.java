package io.hms.ga.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Playbook evolution over {@link ConstructedIncidents}, whose best order is known. */
class PlaybookEvolverTest {

    private static final List<String> REPAIRS = ConstructedIncidents.REPAIRS;
    private static final List<String> BEST_ORDER = ConstructedIncidents.BEST_ORDER;

    private static IncidentHistory history() {
        return IncidentHistory.of(ConstructedIncidents.records());
    }

    private static List<String> order(Playbook playbook) {
        return playbook.steps().stream().map(PlaybookStep::function).toList();
    }

    @Test
    void findsTheKnownBestOrder() {
        PlaybookEvolver evolver = PlaybookEvolver.of(history(), REPAIRS)
                .withTimeoutRange(Duration.ofSeconds(1), Duration.ofMinutes(5))
                .withRandomSeed(11);
        EvolvedPlaybook best = evolver.evolve(60);

        assertThat(order(best.playbook())).isEqualTo(BEST_ORDER);
        assertThat(best.playbook().steps().get(2).timeout()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        Playbook levelOrder = new Playbook(REPAIRS.stream()
                .map(f -> new PlaybookStep(f, Duration.ofMinutes(1))).toList());
        assertThat(best.expectedRecoverySeconds()).isLessThan(evolver.expectedRecoverySeconds(levelOrder));
        assertThat(best.evaluations()).isPositive();
    }

    @Test
    void theWinnerNamesEveryRepairOnceWithTimeoutsInRange() {
        EvolvedPlaybook best = PlaybookEvolver.of(history(), REPAIRS)
                .withTimeoutRange(Duration.ofMillis(200), Duration.ofSeconds(40)).withRandomSeed(2).evolve(5);
        assertThat(order(best.playbook())).containsExactlyInAnyOrderElementsOf(REPAIRS);
        assertThat(best.playbook().steps()).allSatisfy(s -> assertThat(s.timeout())
                .isBetween(Duration.ofMillis(200), Duration.ofSeconds(40)));
    }

    @Test
    void aTimeoutShorterThanTheFixMakesTheStepUseless() {
        IncidentHistory history = history();
        double patient = history.expectedRecoverySeconds(List.of(new PlaybookStep("flush-cache", Duration.ofSeconds(2))));
        double hasty = history.expectedRecoverySeconds(List.of(new PlaybookStep("flush-cache", Duration.ofMillis(500))));
        assertThat(hasty).isGreaterThan(patient);
        // stale caches (5 of 12) recover in 1 s; everything else pays the step and the unresolved penalty
        double penalty = history.unresolvedPenaltySeconds();
        assertThat(patient).isCloseTo(5 / 12.0 * 1 + 7 / 12.0 * (1 + penalty), org.assertj.core.data.Offset.offset(1e-9));
    }
}
