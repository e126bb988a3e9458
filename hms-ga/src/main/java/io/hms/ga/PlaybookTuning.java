package io.hms.ga;

import io.hms.api.optimize.IncidentRecord;
import io.hms.api.policy.Playbook;
import io.hms.api.policy.PlaybookStep;
import io.hms.api.policy.VersionedPolicy;
import io.hms.api.spi.OptimizerContext;
import io.hms.ga.playbook.EvolvedPlaybook;
import io.hms.ga.playbook.IncidentHistory;
import io.hms.ga.playbook.PlaybookEvolver;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One evolution of one component's repair playbook from its closed incidents: kept when its expected
 * time to recover is shorter than the current playbook's by the recovery margin.
 */
final class PlaybookTuning {

    private PlaybookTuning() {
    }

    /** A playbook that beat the current one, and why it is proposed. */
    record PlaybookWinner(Playbook playbook, String reason) {
    }

    /** Evolves the playbook, or returns empty when there is too little history or nothing better. */
    static Optional<PlaybookWinner> tune(OptimizerContext context, VersionedPolicy current,
                                         OptimizerAgentOptions options) {
        String component = current.component();
        List<IncidentRecord> incidents = context.incidents(component);
        List<PlaybookStep> registered = context.repairs(component);
        if (incidents.size() < options.minIncidents() || registered.size() < 2) {
            return Optional.empty();
        }
        PlaybookEvolver evolver = PlaybookEvolver.of(IncidentHistory.of(incidents),
                        registered.stream().map(PlaybookStep::function).toList())
                .withRandomSeed(options.randomSeed());
        Playbook now = current.policy().playbook().isByLevel() ? current.policy().playbook().withSteps(registered)
                : current.policy().playbook();
        double before = evolver.expectedRecoverySeconds(now);
        EvolvedPlaybook best = evolver.evolve(options.playbookGenerations());
        if (best.expectedRecoverySeconds() > before * (1 - options.recoveryMargin())
                || best.playbook().equals(now)) {
            return Optional.empty();
        }
        return Optional.of(new PlaybookWinner(best.playbook(), String.format(Locale.ROOT,
                "playbook: expected recovery %.1f s -> %.1f s over %d incidents", before,
                best.expectedRecoverySeconds(), incidents.size())));
    }
}
